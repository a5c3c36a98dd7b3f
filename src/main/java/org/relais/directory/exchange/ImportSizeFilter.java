package org.relais.directory.exchange;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Refuses an import upload over {@value ImportApiController#MAX_MB} MB from its announced length, before anything
 * reads its body: past the container's multipart limit, the first filter reading a parameter (the CSRF check)
 * would fail and the visitor would get the container's bare error page. The page is sent back to the form with the
 * message next to the file field; the API answers a 413 problem.
 */
@Configuration(proxyBeanMethods = false)
class ImportSizeFilter {

	static final String PAGE = "/admin/directory/imports";

	static final String API = "/api/v1/directory/imports";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> importSizeLimit(MessageSource messages) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				boolean upload = "POST".equals(request.getMethod()) && (path.equals(PAGE) || path.equals(API));
				if (!upload || request.getContentLengthLong() <= ImportApiController.MAX_BYTES) {
					chain.doFilter(request, response);
					return;
				}
				response.setHeader("Connection", "close");
				if (path.equals(PAGE)) {
					response.setStatus(HttpServletResponse.SC_SEE_OTHER);
					response.setHeader("Location", request.getContextPath() + PAGE + "?error=tooLarge");
					return;
				}
				Locale locale = RequestContextUtils.getLocale(request);
				String detail = messages.getMessage("directory.imports.error.tooLarge",
						new Object[] { ImportApiController.MAX_MB }, locale);
				response.setStatus(413);
				response.setContentType("application/problem+json");
				response.setCharacterEncoding("UTF-8");
				response.getWriter()
					.write("{\"type\":\"about:blank\",\"title\":\"File too large\",\"status\":413,\"detail\":\""
							+ detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"instance\":\"" + API + "\"}");
			}

		});
		registration.addUrlPatterns(PAGE, API);
		// before Spring Security (-100) and anything else that reads parameters
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
