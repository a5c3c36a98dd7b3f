package org.relais.directory.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The territory admin's imports page: upload a file, read the preview of every record, apply it, follow the
 * progress (htmx polls every second; without JavaScript, a refresh link), download the template and the exports.
 */
@Controller
class ImportController {

	static final int PAGE_SIZE = 100;

	private final ImportJobs jobs;

	ImportController(ImportJobs jobs) {
		this.jobs = jobs;
	}

	@ModelAttribute("formats")
	List<String> formats() {
		return Arrays.stream(ImportFormat.values()).map(ImportFormat::code).toList();
	}

	@GetMapping("/admin/directory/imports")
	String page(@RequestParam(required = false) String error, Model model) {
		ImportForm form = new ImportForm();
		model.addAttribute("importForm", form);
		if ("tooLarge".equals(error)) {
			// the container refused a file over its limit (see ImportUploadLimit)
			BindingResult result = new org.springframework.validation.BeanPropertyBindingResult(form, "importForm");
			result.rejectValue("file", "directory.imports.error.tooLarge", new Object[] { ImportApiController.MAX_MB },
					null);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "importForm", result);
		}
		return page(model, CurrentUser.territoryId());
	}

	private String page(Model model, UUID territoryId) {
		model.addAttribute("jobs", jobs.recent(territoryId));
		model.addAttribute("maxMb", ImportApiController.MAX_MB);
		return "directory/imports";
	}

	@PostMapping("/admin/directory/imports")
	String upload(@ModelAttribute("importForm") ImportForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes flash) throws IOException {
		UUID territoryId = CurrentUser.territoryId();
		RelaisPrincipal me = CurrentUser.require();
		var format = ImportFormat.fromCode(form.getFormat());
		if (format.isEmpty()) {
			result.rejectValue("format", "directory.imports.error.formatRequired");
		}
		if (form.getFile() == null || form.getFile().isEmpty()) {
			result.rejectValue("file", "directory.imports.error.fileRequired");
		}
		else if (form.getFile().getSize() > ImportApiController.MAX_BYTES) {
			result.rejectValue("file", "directory.imports.error.tooLarge", new Object[] { ImportApiController.MAX_MB },
					null);
			response.setStatus(413);
			return page(model, territoryId);
		}
		if (result.hasErrors()) {
			response.setStatus(422);
			return page(model, territoryId);
		}
		ImportJobs.Job job;
		try (InputStream in = form.getFile().getInputStream()) {
			job = jobs.start(territoryId, me.userId(), me.displayName(), form.getFile().getOriginalFilename(),
					format.orElseThrow(), in);
		}
		flash.addFlashAttribute("flash", "directory.imports.started");
		return "redirect:/admin/directory/imports/" + job.getId();
	}

	@GetMapping("/admin/directory/imports/{id}")
	String job(@PathVariable UUID id, @RequestParam(required = false) String outcome,
			@RequestParam(defaultValue = "1") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			HttpServletResponse response) {
		ImportJobs.Job job = jobs.find(id, CurrentUser.territoryId())
			.orElseThrow(() -> NotFoundException.of("import", id));
		// one reading of the status for the whole page: the job runs on meanwhile
		ImportJobs.Status status = job.getStatus();
		model.addAttribute("job", job);
		model.addAttribute("status", status);
		model.addAttribute("running", status == ImportJobs.Status.RUNNING);
		if (htmx != null) {
			if (status != ImportJobs.Status.RUNNING) {
				response.setHeader("HX-Refresh", "true");
			}
			return "directory/import-job :: status";
		}
		ImportReport report = job.getReport();
		if (report != null) {
			ImportReport.Outcome filter = null;
			if (outcome != null) {
				try {
					filter = ImportReport.Outcome.valueOf(outcome);
				}
				catch (IllegalArgumentException ex) {
					filter = null;
				}
			}
			ImportReport.Outcome f = filter;
			List<ImportReport.Entry> entries = report.entries()
				.stream()
				.filter(e -> f == null || e.outcome() == f)
				.toList();
			int pages = Math.max(1, (entries.size() + PAGE_SIZE - 1) / PAGE_SIZE);
			int p = Math.min(Math.max(1, page), pages);
			model.addAttribute("entries", entries.subList((p - 1) * PAGE_SIZE, Math.min(entries.size(), p * PAGE_SIZE)));
			model.addAttribute("page", p);
			model.addAttribute("pages", pages);
			model.addAttribute("outcome", f == null ? null : f.name());
			model.addAttribute("outcomes", ImportReport.Outcome.values());
		}
		return "directory/import-job";
	}

	@PostMapping("/admin/directory/imports/{id}/apply")
	String apply(@PathVariable UUID id, RedirectAttributes flash) {
		ImportJobs.Job job = jobs.find(id, CurrentUser.territoryId())
			.orElseThrow(() -> NotFoundException.of("import", id));
		if (!job.isApplicable()) {
			flash.addFlashAttribute("flash", "directory.imports.job.gone");
			return "redirect:/admin/directory/imports/" + id;
		}
		jobs.apply(job);
		flash.addFlashAttribute("flash", "directory.imports.applying");
		return "redirect:/admin/directory/imports/" + id;
	}

	@GetMapping("/admin/directory/imports/template.csv")
	void template(HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"relais-directory-template.csv\"");
		OutputStreamWriter out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		out.write('\uFEFF');
		Csv.write(out, CsvTemplate.COLUMNS);
		Csv.write(out, CsvTemplate.exampleRow());
		out.flush();
	}

}
