package org.relais.directory.exchange;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file over the container's limit ({@code spring.servlet.multipart.max-file-size}, 50 MB) never reaches the
 * import handlers: the servlet container refuses it while reading the request. This answers that refusal on the
 * import routes as the handlers answer a file too large (the page again with the message next to the field, a
 * 413 problem on the API); on other routes the refusal goes on to the default handling.
 */
@ControllerAdvice
class ImportUploadLimit {

	private final MessageSource messages;

	ImportUploadLimit(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, Locale locale) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/api/v1/directory/imports")) {
			ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					messages.getMessage("directory.imports.error.tooLarge", new Object[] { ImportApiController.MAX_MB },
							locale));
			p.setTitle("File too large");
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(p);
		}
		if (path.equals("/admin/directory/imports")) {
			// the page shows the message next to the file field
			return "redirect:/admin/directory/imports?error=tooLarge";
		}
		throw ex;
	}

}
