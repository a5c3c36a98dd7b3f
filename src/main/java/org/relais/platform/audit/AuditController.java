package org.relais.platform.audit;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.relais.platform.AuditAction;
import org.relais.platform.AuditEntry;
import org.relais.platform.AuditLog;
import org.relais.platform.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The territory admin's view of the audit log and of the personal-data access log, with CSV export. */
@Controller
class AuditController {

	private static final int PAGE_SIZE = 50;

	private static final int EXPORT_MAX = 50_000;

	private final JpaAuditLog audit;

	private final PersonalDataAccessRepository reads;

	private final AuditLog auditLog;

	private final MessageSource messages;

	AuditController(JpaAuditLog audit, PersonalDataAccessRepository reads, AuditLog auditLog,
			MessageSource messages) {
		this.audit = audit;
		this.reads = reads;
		this.auditLog = auditLog;
		this.messages = messages;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<AuditEntry> entries = audit.forTerritory(CurrentUser.territoryId(),
				PageRequest.of(Math.max(0, page), PAGE_SIZE));
		model.addAttribute("entries", entries);
		return "platform/audit";
	}

	@GetMapping("/admin/audit.csv")
	void auditCsv(HttpServletResponse response, Locale locale) throws IOException {
		UUID territory = CurrentUser.territoryId();
		auditLog.record(AuditAction.AUDIT_EXPORTED, "audit.csv", null);
		try (PrintWriter out = csv(response, "relais-audit.csv")) {
			out.println(Csv.row(List.of("occurred_at", "action", "actor", "target", "detail", "ip")));
			for (AuditEntry e : audit.forTerritory(territory, PageRequest.of(0, EXPORT_MAX))) {
				out.println(Csv.row(List.of(Csv.time(e.occurredAt()),
						messages.getMessage("platform.audit.action." + e.action(), null, e.action().name(), locale),
						nz(e.actorEmail()), nz(e.target()), nz(e.detail()), nz(e.ipAddress()))));
			}
		}
	}

	@GetMapping("/admin/access-log")
	@Transactional(readOnly = true)
	String accessLog(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries", reads.findByTerritoryIdOrderByOccurredAtDesc(CurrentUser.territoryId(),
				PageRequest.of(Math.max(0, page), PAGE_SIZE)).map(AccessRow::of));
		return "platform/access-log";
	}

	@GetMapping("/admin/access-log.csv")
	@Transactional(readOnly = true)
	void accessLogCsv(HttpServletResponse response) throws IOException {
		UUID territory = CurrentUser.territoryId();
		auditLog.record(AuditAction.ACCESS_LOG_EXPORTED, "access-log.csv", null);
		try (PrintWriter out = csv(response, "relais-access-log.csv")) {
			out.println(Csv.row(List.of("occurred_at", "actor", "subject_type", "subject_id", "what", "ip")));
			for (PersonalDataAccess r : reads.findByTerritoryIdOrderByOccurredAtDesc(territory,
					PageRequest.of(0, EXPORT_MAX))) {
				out.println(Csv.row(List.of(Csv.time(r.occurredAt()), r.actorEmail(), r.subjectType(),
						r.subjectId().toString(), r.what(), nz(r.ipAddress()))));
			}
		}
	}

	private static PrintWriter csv(HttpServletResponse response, String name) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		return response.getWriter();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	/** A row of the access-log page. */
	record AccessRow(java.time.Instant occurredAt, String actorEmail, String subjectType, UUID subjectId, String what,
			String ipAddress) {

		static AccessRow of(PersonalDataAccess r) {
			return new AccessRow(r.occurredAt(), r.actorEmail(), r.subjectType(), r.subjectId(), r.what(),
					r.ipAddress());
		}

	}

	/** CSV writing that neutralises spreadsheet formulas (CSV injection). */
	static final class Csv {

		private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.withZone(ZoneId.of("UTC"));

		private Csv() {
		}

		static String time(java.time.Instant i) {
			return TIME.format(i);
		}

		static String row(List<String> cells) {
			StringBuilder sb = new StringBuilder();
			for (int i = 0; i < cells.size(); i++) {
				if (i > 0) {
					sb.append(',');
				}
				sb.append(cell(cells.get(i)));
			}
			return sb.toString();
		}

		static String cell(String value) {
			String v = value;
			if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
				v = "'" + v;
			}
			return "\"" + v.replace("\"", "\"\"") + "\"";
		}

	}

}
