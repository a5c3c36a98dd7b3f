package org.relais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.platform.StoredFile;
import org.relais.platform.StoredFiles;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.domain.ApiTokens;
import org.relais.territory.domain.Membership;
import org.relais.territory.domain.MembershipRepository;
import org.relais.territory.domain.UserAccount;
import org.relais.territory.domain.UserAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Territories are tenants: a user of one territory gets a 404 for any resource of another, on every route that
 * exists. Every route is classified below; a new route that is not fails this test until somebody decides how
 * it is scoped and, when it takes an id, adds a probe for it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationTest {

	/** How a route reaches data. */
	enum Scope {

		/** Open to anybody by design. */
		PUBLIC,
		/** Only the signed-in user's own data. */
		SELF,
		/** No id: works on the current territory of the signed-in user (or, under /platform, platform-wide). */
		CURRENT_TERRITORY,
		/** Takes the id of a resource that belongs to a territory or a user: must 404 across territories. */
		ID_BEARING

	}

	/** Every route of the application: "METHOD pattern", "*" for a mapping without a method. */
	static final Map<String, Scope> ROUTES = new TreeMap<>();

	static {
		for (String route : List.of("GET /", "GET /t/{slug}", "GET /login", "* /login/failed", "GET /login/2fa",
				"POST /login/2fa", "GET /password/forgot", "POST /password/forgot", "GET /password/reset/{token}",
				"POST /password/reset/{token}", "GET /invitations/{token}", "POST /invitations/{token}",
				"POST /invitations/{token}/renew", "GET /.well-known/security.txt", "* /error",
				"GET /api/v1/openapi", "GET /api/v1/openapi.yaml")) {
			ROUTES.put(route, Scope.PUBLIC);
		}
		for (String route : List.of("GET /home", "GET /account", "POST /account", "POST /account/password",
				"POST /account/tokens", "GET /account/2fa", "POST /account/2fa", "POST /account/2fa/recovery-codes",
				"POST /account/2fa/disable", "GET /api/v1/me", "POST /api/v1/tokens", "DELETE /api/v1/tokens/current",
				"GET /notifications", "POST /notifications/read-all")) {
			ROUTES.put(route, Scope.SELF);
		}
		for (String route : List.of("GET /territory", "GET /admin/users", "GET /admin/users/invite",
				"POST /admin/users/invite", "GET /admin/audit", "GET /admin/audit.csv", "GET /admin/access-log",
				"GET /admin/access-log.csv", "GET /admin/territory", "POST /admin/territory",
				"POST /admin/territory/logo", "GET /platform/territories", "POST /platform/territories")) {
			ROUTES.put(route, Scope.CURRENT_TERRITORY);
		}
		// the device programme's dashboard (figures of the current territory only)
		ROUTES.put("GET /devices/dashboard", Scope.CURRENT_TERRITORY);
		for (String route : List.of("GET /admin/users/{id}", "POST /admin/users/{id}/roles",
				"POST /admin/users/{id}/disable", "POST /admin/users/{id}/enable", "GET /files/{id}",
				"POST /territory/switch", "POST /account/tokens/{id}/revoke", "POST /notifications/{id}/read")) {
			ROUTES.put(route, Scope.ID_BEARING);
		}
	}

	static {
		// routes of the search work (directory): add them here
	}

	static {
		// routes of the orientation work (referral): add them here
		ROUTES.put("POST /api/v1/matches", Scope.CURRENT_TERRITORY);
	}

	static {
		// routes of the web work (directory): add them here
		ROUTES.put("GET /platform/directory/terms", Scope.CURRENT_TERRITORY);
		ROUTES.put("POST /platform/directory/terms", Scope.CURRENT_TERRITORY);
		ROUTES.put("GET /t/{slug}/directory", Scope.PUBLIC);
		ROUTES.put("GET /t/{slug}/directory/services/{id}", Scope.PUBLIC);
		ROUTES.put("GET /t/{slug}/directory/services/{id}/sheet.pdf", Scope.PUBLIC);
		ROUTES.put("GET /directory", Scope.CURRENT_TERRITORY);
		ROUTES.put("GET /directory/services/{id}", Scope.ID_BEARING);
		ROUTES.put("GET /directory/services/{id}/sheet.pdf", Scope.ID_BEARING);
	}

	static {
		// routes of the hsds work (directory): add them here
		// Open data: published services of every territory, read anonymously by design (HSDS 3.0).
		for (String route : List.of("GET /api/hsds", "GET /api/hsds/", "GET /api/hsds/openapi.json",
				"GET /api/hsds/services", "GET /api/hsds/services/{id}", "GET /api/hsds/organizations",
				"GET /api/hsds/organizations/{id}", "GET /api/hsds/taxonomies", "GET /api/hsds/taxonomies/{id}",
				"GET /api/hsds/taxonomy_terms", "GET /api/hsds/taxonomy_terms/{id}", "GET /api/hsds/service_at_locations",
				"GET /api/hsds/service_at_locations/{id}")) {
			ROUTES.put(route, Scope.PUBLIC);
		}
	}

	static {
		// routes of the imports work (directory): add them here
		for (String route : List.of("GET /admin/directory/imports", "POST /admin/directory/imports",
				"GET /admin/directory/imports/template.csv", "GET /admin/directory/exports/datainclusion.json",
				"GET /admin/directory/exports/csv", "GET /api/v1/directory/exports/datainclusion.json",
				"GET /api/v1/directory/exports/csv", "GET /admin/directory/exports/hsds.json",
				"GET /admin/directory/exports/hsds.ndjson", "GET /api/v1/directory/exports/hsds.json",
				"GET /api/v1/directory/exports/hsds.ndjson")) {
			ROUTES.put(route, Scope.CURRENT_TERRITORY);
		}
		// the territory is named by its slug in the request: a Swiss user naming the French one gets 404
		for (String route : List.of("POST /api/v1/directory/imports", "GET /admin/directory/imports/{id}",
				"POST /admin/directory/imports/{id}/apply")) {
			ROUTES.put(route, Scope.ID_BEARING);
		}
	}

	static {
		// routes of the partners work (directory): add them here
		for (String route : List.of("GET /partner", "GET /partner/organisations/new", "POST /partner/organisations/new",
				"GET /partner/organisations/join", "GET /admin/directory/organisations")) {
			ROUTES.put(route, Scope.CURRENT_TERRITORY);
		}
		for (String route : List.of("POST /partner/services/{id}/saturation", "POST /partner/services/{id}/assure",
				"GET /partner/services/{id}/history", "GET /partner/organisations/{id}", "POST /partner/organisations/{id}",
				"POST /partner/organisations/{id}/logo", "POST /partner/organisations/{id}/join",
				"GET /partner/organisations/{id}/history", "POST /partner/members/{id}/approve",
				"POST /partner/members/{id}/reject", "GET /partner/services/new", "POST /partner/services/new",
				"GET /partner/services/{id}", "POST /partner/services/{id}", "GET /partner/locations/new",
				"POST /partner/locations/new", "GET /partner/locations/{id}", "POST /partner/locations/{id}",
				"GET /partner/locations/{id}/history", "POST /admin/directory/organisations/{id}/validate",
				"POST /admin/directory/organisations/{id}/reject", "POST /admin/directory/members/{id}/approve",
				"POST /admin/directory/members/{id}/reject")) {
			ROUTES.put(route, Scope.ID_BEARING);
		}
	}

	static {
		// routes of the timeline work (referral pathway)
		for (String route : List.of("GET /people/{id}/pathway", "POST /people/{id}/pathway/notes",
				"GET /people/{id}/pathway.pdf")) {
			ROUTES.put(route, Scope.ID_BEARING);
		}
	}

	static {
		// routes of the people work (people/referral): add them here
		for (String route : List.of("GET /people", "GET /people/new", "POST /people/new", "GET /admin/people",
				"POST /admin/people/retention")) {
			ROUTES.put(route, Scope.CURRENT_TERRITORY);
		}
		for (String route : List.of("GET /people/{id}", "GET /people/{id}/edit", "POST /people/{id}/edit",
				"POST /people/{id}/consents", "POST /people/{id}/consents/{consentId}/withdraw",
				"GET /admin/people/{id}/export.json", "GET /admin/people/{id}/export.pdf",
				"GET /admin/people/{id}/erase", "POST /admin/people/{id}/erase")) {
			ROUTES.put(route, Scope.ID_BEARING);
		}
	}

	static {
		// routes of the matching work (people/referral): add them here
		// ?person={id} reads through People.read with the current territory: a French person is 404 for a Swiss
		// agent (OrientationPageTest checks it); without it the page shows the current territory's directory only.
		ROUTES.put("GET /orientation", Scope.CURRENT_TERRITORY);
		ROUTES.put("GET /admin/unmet-needs", Scope.CURRENT_TERRITORY);
		ROUTES.put("GET /admin/unmet-needs.csv", Scope.CURRENT_TERRITORY);
	}

	static {
		// routes of the referrals work (people/referral): add them here
		for (String route : List.of("GET /referrals/new", "POST /referrals", "GET /referrals/{id}",
				"POST /referrals/{id}/accept", "POST /referrals/{id}/refuse", "POST /referrals/{id}/waitlist",
				"POST /referrals/{id}/complete", "POST /referrals/{id}/withdraw",
				"GET /referrals/{id}/attachments/{attachmentId}")) {
			ROUTES.put(route, Scope.ID_BEARING);
		}
	}

	static {
		// routes of the pathway work (people/referral): add them here
		// the partner side of referrals: inbox, CSV, figures and settings of the current territory; the signed
		// link is the permission of the /r/ pages (a tampered or unknown token is a 404)
		for (String route : List.of("GET /referrals", "GET /referrals.csv", "GET /referrals/figures",
				"GET /admin/referrals/settings", "POST /admin/referrals/settings")) {
			ROUTES.put(route, Scope.CURRENT_TERRITORY);
		}
		for (String route : List.of("GET /r/{token}", "POST /r/{token}/answer", "POST /r/{token}/renew",
				"GET /r/{token}/liaison.pdf")) {
			ROUTES.put(route, Scope.PUBLIC);
		}
		ROUTES.put("GET /referrals/{id}/liaison.pdf", Scope.ID_BEARING);
	}

	static {
		// routes of the freshness work (directory): add them here
		ROUTES.put("GET /directory/confirm/{token}", Scope.PUBLIC);
		ROUTES.put("POST /directory/confirm/{token}", Scope.PUBLIC);
		ROUTES.put("GET /admin/directory/campaigns", Scope.CURRENT_TERRITORY);
		ROUTES.put("GET /admin/directory/campaigns/new", Scope.CURRENT_TERRITORY);
		ROUTES.put("POST /admin/directory/campaigns", Scope.CURRENT_TERRITORY);
		ROUTES.put("POST /admin/directory/campaigns/reminders", Scope.CURRENT_TERRITORY);
		ROUTES.put("GET /admin/directory/campaigns/{id}", Scope.ID_BEARING);
	}

	static {
		// routes of the events work (agenda): add them here
		// the form works on the current territory (its organisers, places, invitees); every event route loads the
		// event with the current territory, so a French event is a 404 for a Swiss user, even a public one; the
		// personal answer link is the permission of the /e/ pages (an unknown token is a 404)
		ROUTES.put("GET /agenda/events/new", Scope.CURRENT_TERRITORY);
		ROUTES.put("POST /agenda/events/new", Scope.CURRENT_TERRITORY);
		for (String route : List.of("GET /agenda/events/{id}", "GET /agenda/events/{id}/edit",
				"POST /agenda/events/{id}/edit", "GET /agenda/events/{id}/event.ics",
				"GET /agenda/events/{id}/attachments/{attachmentId}", "POST /agenda/events/{id}/rsvp",
				"POST /agenda/events/{id}/invite", "POST /agenda/events/{id}/cancel",
				"POST /agenda/events/{id}/occurrences")) {
			ROUTES.put(route, Scope.ID_BEARING);
		}
		ROUTES.put("GET /e/{token}", Scope.PUBLIC);
		ROUTES.put("POST /e/{token}", Scope.PUBLIC);
	}

	static {
		// routes of the views work (agenda): add them here
		ROUTES.put("GET /agenda", Scope.CURRENT_TERRITORY);
		ROUTES.put("GET /agenda/feed", Scope.CURRENT_TERRITORY);
		ROUTES.put("POST /agenda/feed", Scope.CURRENT_TERRITORY);
		ROUTES.put("POST /agenda/feed/revoke", Scope.CURRENT_TERRITORY);
		// public by design: the public events of a territory (a non-public event or another territory's id is a
		// 404, see AgendaViewsTest), its feeds, and the personal feed behind its secret token (AgendaFeedsTest)
		ROUTES.put("GET /t/{slug}/events", Scope.PUBLIC);
		ROUTES.put("GET /t/{slug}/events.ics", Scope.PUBLIC);
		ROUTES.put("GET /t/{slug}/events/{id}", Scope.PUBLIC);
		ROUTES.put("GET /t/{slug}/events/{id}.ics", Scope.PUBLIC);
		ROUTES.put("GET /t/{slug}/organisations/{organisationId}/events.ics", Scope.PUBLIC);
		ROUTES.put("GET /feeds/{token}.ics", Scope.PUBLIC);
	}

	static {
		// routes of the polls work (agenda): add them here
		for (String route : List.of("GET /p/{token}", "POST /p/{token}")) {
			ROUTES.put(route, Scope.PUBLIC);
		}
		for (String route : List.of("GET /agenda/polls", "GET /agenda/polls/new", "POST /agenda/polls")) {
			ROUTES.put(route, Scope.CURRENT_TERRITORY);
		}
		for (String route : List.of("GET /agenda/polls/{id}", "POST /agenda/polls/{id}/answer",
				"POST /agenda/polls/{id}/close")) {
			ROUTES.put(route, Scope.ID_BEARING);
		}
	}

	static {
		// routes of the booking work (agenda): add them here
		ROUTES.put("GET /t/{slug}/appointments", Scope.PUBLIC);
		ROUTES.put("GET /t/{slug}/appointments/{scheduleId}/book", Scope.PUBLIC);
		ROUTES.put("POST /t/{slug}/appointments/{scheduleId}/book", Scope.PUBLIC);
		ROUTES.put("GET /t/{slug}/appointments/mine/{token}", Scope.PUBLIC);
		ROUTES.put("POST /t/{slug}/appointments/mine/{token}/cancel", Scope.PUBLIC);
		ROUTES.put("GET /agenda/appointments", Scope.CURRENT_TERRITORY);
		ROUTES.put("GET /agenda/appointments/schedules/new", Scope.CURRENT_TERRITORY);
		ROUTES.put("POST /agenda/appointments/schedules", Scope.CURRENT_TERRITORY);
		ROUTES.put("GET /agenda/appointments/schedules/{id}", Scope.ID_BEARING);
		ROUTES.put("POST /agenda/appointments/schedules/{id}/closures", Scope.ID_BEARING);
		ROUTES.put("POST /agenda/appointments/schedules/{id}/closures/{closureId}/delete", Scope.ID_BEARING);
		ROUTES.put("POST /agenda/appointments/schedules/{id}/active", Scope.ID_BEARING);
		ROUTES.put("GET /agenda/appointments/schedules/{id}/book", Scope.ID_BEARING);
		ROUTES.put("POST /agenda/appointments/schedules/{id}/book", Scope.ID_BEARING);
		ROUTES.put("GET /agenda/appointments/organisations/{id}", Scope.ID_BEARING);
		ROUTES.put("GET /agenda/appointments/{id}", Scope.ID_BEARING);
		ROUTES.put("POST /agenda/appointments/{id}/status", Scope.ID_BEARING);
	}

	static {
		// routes of the desk (issue 7) work: add them here
		// the desk works on the current territory; ?person= and the posted person are read through People.read with
		// the current territory, so a French person is a 404 for a Swiss agent (DeskWebTest checks it)
		for (String route : List.of("GET /desk", "POST /desk/requests", "POST /desk/people", "GET /desk/queue")) {
			ROUTES.put(route, Scope.CURRENT_TERRITORY);
		}
		// the public request form of a territory named by its slug; the confirmation page shows only the flash
		for (String route : List.of("GET /t/{slug}/request", "POST /t/{slug}/request", "GET /t/{slug}/request/sent")) {
			ROUTES.put(route, Scope.PUBLIC);
		}
		for (String route : List.of("GET /desk/requests/{id}", "POST /desk/requests/{id}/status",
				"POST /desk/requests/{id}/assign", "POST /desk/requests/{id}/due", "GET /desk/requests/{id}/triage",
				"POST /desk/requests/{id}/triage")) {
			ROUTES.put(route, Scope.ID_BEARING);
		}
	}

	static {
		// routes of the device requests (issue 7) work: add them here
		// the staff's list and the admin's settings and rules work on the current territory; the partner's inbox
		// lists what was routed to the signed-in user's own organisations (a 404 for anybody who acts for none)
		for (String route : List.of("GET /devices/requests", "GET /admin/devices/settings",
				"POST /admin/devices/settings", "GET /admin/devices/routing", "POST /admin/devices/routing")) {
			ROUTES.put(route, Scope.CURRENT_TERRITORY);
		}
		ROUTES.put("GET /partner/devices", Scope.SELF);
		for (String route : List.of("GET /devices/requests/{id}", "POST /devices/requests/{id}/route",
				"POST /devices/requests/{id}/category", "POST /devices/requests/{id}/cancel",
				"GET /devices/requests/{id}/order.pdf", "GET /partner/devices/{id}", "POST /partner/devices/{id}/approve",
				"POST /partner/devices/{id}/decline", "GET /partner/devices/{id}/order",
				"POST /partner/devices/{id}/order", "GET /partner/devices/{id}/order.pdf")) {
			ROUTES.put(route, Scope.ID_BEARING);
		}
	}

	static {
		// routes of the device stock (issue 7) work: add them here
		// staff of the current territory only (a partner gets 404); ?donation={id} on the intake form and its POST
		// reads the donation with the current territory: a French donation is a 404 (DeviceStockWebTest checks it)
		for (String route : List.of("GET /devices", "GET /devices/new", "POST /devices", "GET /devices/donations",
				"GET /devices/donations/new", "POST /devices/donations")) {
			ROUTES.put(route, Scope.CURRENT_TERRITORY);
		}
		for (String route : List.of("GET /devices/{id}", "POST /devices/{id}/specs", "POST /devices/{id}/move",
				"GET /devices/{id}/erasure", "POST /devices/{id}/erasure", "GET /devices/{id}/label.pdf",
				"GET /devices/{id}/erasure-certificate.pdf", "GET /devices/labels.pdf", "GET /devices/donations/{id}",
				"GET /devices/donations/{id}/receipt.pdf", "GET /devices/donations/{id}/labels.pdf")) {
			ROUTES.put(route, Scope.ID_BEARING);
		}
	}

	static {
		// routes of the shipments (issue 7) work: add them here
		ROUTES.put("GET /devices/shipments", Scope.CURRENT_TERRITORY);
		ROUTES.put("POST /devices/shipments/prepare", Scope.CURRENT_TERRITORY);
		// the partner's own organisations' parcels and orders (a non-partner gets 404, like every partner page)
		ROUTES.put("GET /partner/devices/parcels", Scope.SELF);
		for (String route : List.of("GET /devices/shipments/{id}", "POST /devices/shipments/{id}/confirm",
				"POST /devices/shipments/{id}/discard", "POST /devices/shipments/{id}/orders/{orderId}/remove",
				"POST /devices/shipments/{id}/parcels/{parcelId}/ship",
				"GET /devices/shipments/{id}/parcels/{parcelId}/delivery-note.pdf", "GET /partner/devices/parcels/{id}",
				"POST /partner/devices/parcels/{id}/receive", "GET /partner/devices/orders/{id}/handover",
				"POST /partner/devices/orders/{id}/handover")) {
			ROUTES.put(route, Scope.ID_BEARING);
		}
	}

	static {
		// routes of the volunteers (issue 8) work: add them here
		// the public sign-up of a territory (by its slug)
		for (String route : List.of("GET /t/{slug}/volunteer", "POST /t/{slug}/volunteer", "GET /t/{slug}/volunteer/sent")) {
			ROUTES.put(route, Scope.PUBLIC);
		}
		// the volunteer's own record of the current territory (anyone else: 404)
		for (String route : List.of("GET /volunteer", "GET /volunteer/profile", "POST /volunteer/profile",
				"POST /volunteer/absences", "GET /volunteer/charter", "POST /volunteer/charter/sign",
				"GET /volunteer/documents", "POST /volunteer/documents")) {
			ROUTES.put(route, Scope.SELF);
		}
		// the coordinators' lists of the current territory: an agent gets 404 (like the partner pages), so they are
		// not checked as pages every staff member opens; VolunteerWebTest checks another territory's coordinator
		// sees none of Lyon's volunteers
		for (String route : List.of("GET /mutualaid/volunteers", "GET /mutualaid/volunteers/documents")) {
			ROUTES.put(route, Scope.SELF);
		}
		// the admin's pages of the current territory (proof types by code within it)
		for (String route : List.of("GET /admin/mutualaid/charter", "POST /admin/mutualaid/charter", "GET /admin/mutualaid/proofs",
				"POST /admin/mutualaid/proofs", "POST /admin/mutualaid/proofs/change")) {
			ROUTES.put(route, Scope.CURRENT_TERRITORY);
		}
		for (String route : List.of("POST /volunteer/absences/{id}/delete", "GET /volunteer/documents/{id}/file",
				"GET /mutualaid/volunteers/{id}", "POST /mutualaid/volunteers/{id}/status",
				"POST /mutualaid/volunteers/{id}/erase",
				"POST /mutualaid/volunteers/{id}/documents/{docId}/verify",
				"POST /mutualaid/volunteers/{id}/documents/{docId}/reject",
				"GET /mutualaid/volunteers/{id}/documents/{docId}/file")) {
			ROUTES.put(route, Scope.ID_BEARING);
		}
	}

	static {
		// routes of the dispatch (issue 8) work: add them here
		// staff of the current territory; ?person={id} on the new-request form and its POST reads the person with the
		// current territory: a French person is a 404 (MutualAidDispatchWebTest checks an unknown one)
		for (String route : List.of("GET /mutualaid/requests", "GET /mutualaid/requests/new",
				"POST /mutualaid/requests/new", "GET /admin/mutualaid/settings", "POST /admin/mutualaid/settings")) {
			ROUTES.put(route, Scope.CURRENT_TERRITORY);
		}
		// the volunteer's own offers and missions; the medico-social partner's own signals (404 for anybody else)
		for (String route : List.of("GET /volunteer/missions", "GET /partner/mutualaid/signal",
				"POST /partner/mutualaid/signal")) {
			ROUTES.put(route, Scope.SELF);
		}
		for (String route : List.of("GET /mutualaid/requests/{id}", "POST /mutualaid/requests/{id}/dispatch",
				"POST /mutualaid/requests/{id}/cancel", "POST /mutualaid/requests/{id}/two-person",
				"GET /volunteer/missions/{id}", "POST /volunteer/missions/{id}/accept",
				"POST /volunteer/missions/{id}/decline", "POST /volunteer/missions/{id}/cancel",
				"POST /volunteer/missions/{id}/report", "POST /volunteer/missions/{id}/concern")) {
			ROUTES.put(route, Scope.ID_BEARING);
		}
	}

	static {
		// routes of the associations and carpooling (issue 8) work: add them here
		// the partner's own associations (a partner of another kind, or anybody else, gets 404)
		for (String route : List.of("GET /partner/mutualaid/association", "POST /partner/mutualaid/association",
				"POST /partner/mutualaid/association/vouching", "GET /partner/mutualaid/news",
				"GET /partner/mutualaid/news/new", "POST /partner/mutualaid/news/new")) {
			ROUTES.put(route, Scope.SELF);
		}
		// the association's requests to answer (its own types in the current territory; 404 for anybody else); answering a
		// request of another territory is a 404
		ROUTES.put("GET /partner/mutualaid/requests", Scope.SELF);
		ROUTES.put("POST /partner/mutualaid/requests/{id}/answer", Scope.ID_BEARING);
		ROUTES.put("GET /t/{slug}/news", Scope.PUBLIC);
		ROUTES.put("GET /t/{slug}/news/{id}", Scope.PUBLIC);
		ROUTES.put("GET /mutualaid/news", Scope.CURRENT_TERRITORY);
		ROUTES.put("GET /carpool", Scope.CURRENT_TERRITORY);
		for (String route : List.of("GET /partner/mutualaid/news/{id}", "POST /partner/mutualaid/news/{id}",
				"POST /partner/mutualaid/news/{id}/delete", "GET /carpool/events/{eventId}",
				"POST /carpool/events/{eventId}", "POST /carpool/offers/{id}/cancel", "POST /carpool/seats/{id}/cancel")) {
			ROUTES.put(route, Scope.ID_BEARING);
		}
	}

	static {
		// routes of the meetings, subscription and kit (issue 8) work: add them here
		// the staff's statistics, the territory admin's subscription, the kit (admin and coordinators: an agent gets
		// 403), the platform admin's rate and per-territory actions (platform-wide; territory and invoice as form
		// fields, 403 for anybody else)
		for (String route : List.of("GET /mutualaid/statistics", "GET /mutualaid/statistics.csv",
				"GET /admin/subscription", "GET /admin/kit", "POST /admin/kit", "POST /admin/kit/renewed",
				"GET /admin/kit/flyer.pdf", "GET /platform/subscription", "POST /platform/subscription",
				"POST /platform/subscription/issue", "POST /platform/subscription/paid")) {
			ROUTES.put(route, Scope.CURRENT_TERRITORY);
		}
		// the coordinators' meeting list and form work on the current territory, but an agent gets 404 (not 200 as
		// this test expects of CURRENT_TERRITORY pages): MeetingsWebTest checks both
		for (String route : List.of("GET /mutualaid/meetings", "GET /mutualaid/meetings/new",
				"POST /mutualaid/meetings/new")) {
			ROUTES.put(route, Scope.SELF);
		}
		for (String route : List.of("GET /mutualaid/meetings/{id}", "POST /mutualaid/meetings/{id}/attendance",
				"GET /admin/subscription/invoices/{id}.pdf")) {
			ROUTES.put(route, Scope.ID_BEARING);
		}
	}

	static {
		// routes of the partnership (issue 7) work: add them here
		// the public join form and the status page its private links open (token: 404 for any other territory)
		for (String route : List.of("GET /t/{slug}/partners/join", "POST /t/{slug}/partners/join",
				"GET /t/{slug}/partners/join/{token}", "POST /t/{slug}/partners/join/{token}/resubmit",
				"POST /t/{slug}/partners/join/{token}/accept", "POST /t/{slug}/partners/join/{token}/upload",
				"GET /t/{slug}/partners/join/{token}/contract.pdf", "GET /t/{slug}/partners/join/{token}/signed")) {
			ROUTES.put(route, Scope.PUBLIC);
		}
		for (String route : List.of("GET /admin/partnerships", "GET /admin/partnerships/contract",
				"POST /admin/partnerships/contract")) {
			ROUTES.put(route, Scope.CURRENT_TERRITORY);
		}
		for (String route : List.of("GET /admin/partnerships/{id}", "POST /admin/partnerships/{id}/review",
				"POST /admin/partnerships/{id}/changes", "POST /admin/partnerships/{id}/refuse",
				"POST /admin/partnerships/{id}/contract", "POST /admin/partnerships/{id}/activate",
				"GET /admin/partnerships/{id}/contract.pdf", "GET /admin/partnerships/{id}/signed")) {
			ROUTES.put(route, Scope.ID_BEARING);
		}
	}

	/** French demo emails (the platform admin's, instance-wide, is not one of a territory). */
	private static final Pattern FRENCH_DEMO_EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@demo\\.relais");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	TerritoryCatalog territories;

	@Autowired
	UserAccountRepository users;

	@Autowired
	MembershipRepository memberships;

	@Autowired
	ApiTokens tokens;

	@Autowired
	StoredFiles files;

	@Autowired
	JdbcTemplate jdbc;

	UUID lyon;

	UUID zurich;

	RelaisPrincipal swissAgent;

	RelaisPrincipal swissAdmin;

	/** French data the Swiss users try to reach. */
	FrenchData french;

	record FrenchData(UUID memberId, String memberEmail, String memberName, UUID tokenId, UUID fileId,
			UUID notificationId) {
	}

	@BeforeAll
	void frenchData() throws Exception {
		lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
		zurich = territories.findBySlug("kanton-zuerich").orElseThrow().id();
		swissAgent = accounts.findByEmail("agent@ch.demo.relais").orElseThrow();
		swissAdmin = accounts.findByEmail("admin@ch.demo.relais").orElseThrow();

		String unique = UUID.randomUUID().toString().substring(0, 8);
		String email = "isolation-" + unique + "@fr.example.org";
		String name = "Sidonie Isolation" + unique;
		UserAccount member = users.save(new UserAccount(email, name, null, "fr", Instant.now()));
		memberships.save(new Membership(member.getId(), lyon, Role.AGENT, Instant.now()));

		UUID tokenId = tokens.create(member.getId(), "isolation-token-" + unique).id();

		byte[] png = tinyPng();
		StoredFile file = files.store(lyon, "isolation-" + unique + ".png", new ByteArrayInputStream(png), png.length,
				Set.of(StoredFiles.Kind.IMAGE), false);

		UUID notificationId = UUID.randomUUID();
		jdbc.update(
				"insert into notification (id, user_id, territory_id, message_key, message_args, link, created_at)"
						+ " values (?, ?, ?, ?, ?, ?, ?)",
				notificationId, member.getId(), lyon, "notification.security.PASSWORD_CHANGED", null, "/account",
				Timestamp.from(Instant.now()));

		french = new FrenchData(member.getId(), email, name, tokenId, file.id(), notificationId);
	}

	/** The requests that try to reach French data, one per ID-bearing route. */
	private Map<String, Function<FrenchData, RequestBuilder>> probes(RelaisPrincipal as) {
		Map<String, Function<FrenchData, RequestBuilder>> probes = new LinkedHashMap<>();
		probes.put("GET /admin/users/{id}", f -> get("/admin/users/{id}", f.memberId()).with(user(as)));
		probes.put("POST /admin/users/{id}/roles",
				f -> post("/admin/users/{id}/roles", f.memberId()).param("roles", "TERRITORY_ADMIN")
					.with(user(as))
					.with(csrf()));
		probes.put("POST /admin/users/{id}/disable",
				f -> post("/admin/users/{id}/disable", f.memberId()).with(user(as)).with(csrf()));
		probes.put("POST /admin/users/{id}/enable",
				f -> post("/admin/users/{id}/enable", f.memberId()).with(user(as)).with(csrf()));
		probes.put("GET /files/{id}", f -> get("/files/{id}", f.fileId()).with(user(as)));
		probes.put("POST /territory/switch",
				f -> post("/territory/switch").param("territory", lyon.toString()).with(user(as)).with(csrf()));
		probes.put("POST /account/tokens/{id}/revoke",
				f -> post("/account/tokens/{id}/revoke", f.tokenId()).with(user(as)).with(csrf()));
		probes.put("POST /notifications/{id}/read",
				f -> post("/notifications/{id}/read", f.notificationId()).with(user(as)).with(csrf()));
		searchProbes(as, probes);
		webProbes(as, probes);
		hsdsProbes(as, probes);
		importsProbes(as, probes);
		partnersProbes(as, probes);
		freshnessProbes(as, probes);
		peopleProbes(as, probes);
		matchingProbes(as, probes);
		referralsProbes(as, probes);
		pathwayProbes(as, probes);
		timelineProbes(as, probes);
		eventsProbes(as, probes);
		viewsProbes(as, probes);
		pollsProbes(as, probes);
		bookingProbes(as, probes);
		deskProbes(as, probes);
		deviceRequestsProbes(as, probes);
		stockProbes(as, probes);
		shipmentsProbes(as, probes);
		partnershipProbes(as, probes);
		volunteersProbes(as, probes);
		dispatchProbes(as, probes);
		associationsProbes(as, probes);
		meetingsProbes(as, probes);
		return probes;
	}

	@Test
	void everyRouteIsClassified() {
		Set<String> existing = existingRoutes();
		assertThat(existing).as("the routes were found").hasSizeGreaterThan(40);
		Set<String> unclassified = new TreeSet<>(existing);
		unclassified.removeAll(ROUTES.keySet());
		assertThat(unclassified).as("routes missing from the isolation table: classify them").isEmpty();
		Set<String> stale = new TreeSet<>(ROUTES.keySet());
		stale.removeAll(existing);
		assertThat(stale).as("routes of the table that no longer exist").isEmpty();
	}

	@Test
	void everyIdBearingRouteHasAProbe() {
		Set<String> idBearing = new TreeSet<>();
		ROUTES.forEach((route, scope) -> {
			if (scope == Scope.ID_BEARING) {
				idBearing.add(route);
			}
		});
		assertThat(probes(swissAgent).keySet()).containsExactlyInAnyOrderElementsOf(idBearing);
	}

	@Test
	void swissUsersGetNotFoundForEveryFrenchResource() throws Exception {
		List<String> problems = new ArrayList<>();
		for (RelaisPrincipal swiss : List.of(swissAgent, swissAdmin)) {
			for (var probe : probes(swiss).entrySet()) {
				String route = probe.getKey();
				MockHttpServletResponse response = mvc.perform(probe.getValue().apply(french)).andReturn().getResponse();
				// Role rules come first: an agent never reaches an admin page, whatever the id.
				int expected = route.contains(" /admin/") && !swiss.has(Role.TERRITORY_ADMIN) ? 403 : 404;
				String body = response.getContentAsString(StandardCharsets.UTF_8);
				if (response.getStatus() != expected) {
					problems.add(swiss.email() + " " + route + ": " + response.getStatus() + " instead of " + expected);
				}
				for (String secret : List.of(french.memberEmail(), french.memberName(), "isolation-token-",
						"isolation-", "Lyon")) {
					if (body.contains(secret)) {
						problems.add(swiss.email() + " " + route + ": the body shows " + secret);
					}
				}
			}
		}
		assertThat(problems).isEmpty();
		assertFrenchDataUntouched();
	}

	@Test
	void anonymousVisitorsCannotReadAPrivateFile() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/files/{id}", french.fileId())).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentAsString(StandardCharsets.ISO_8859_1)).doesNotContain("PNG");
	}

	/** The probes are not trivially 404: the same ids work in their own territory. */
	@Test
	void theSameIdsWorkInTheirOwnTerritory() throws Exception {
		RelaisPrincipal frenchAdmin = accounts.findByEmail("admin@demo.relais").orElseThrow();
		String page = mvc.perform(get("/admin/users/{id}", french.memberId()).with(user(frenchAdmin)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(french.memberEmail());
		RelaisPrincipal frenchAgent = accounts.findByEmail("agent@demo.relais").orElseThrow();
		MockHttpServletResponse file = mvc.perform(get("/files/{id}", french.fileId()).with(user(frenchAgent)))
			.andReturn()
			.getResponse();
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentType()).isEqualTo("image/png");
	}

	@Test
	void currentTerritoryPagesShowOnlyTheSwissTerritory() throws Exception {
		List<String> problems = new ArrayList<>();
		for (String route : ROUTES.keySet()) {
			if (ROUTES.get(route) != Scope.CURRENT_TERRITORY || !route.startsWith("GET ")) {
				continue;
			}
			String path = route.substring(4);
			boolean platform = path.startsWith("/platform/");
			for (RelaisPrincipal swiss : List.of(swissAdmin, swissAgent)) {
				boolean admin = swiss.has(Role.TERRITORY_ADMIN);
				int expected = platform || (path.startsWith("/admin/") && !admin) ? 403 : 200;
				MockHttpServletResponse response = mvc.perform(get(path).with(user(swiss))).andReturn().getResponse();
				String body = response.getContentAsString(StandardCharsets.UTF_8);
				if (response.getStatus() != expected) {
					problems.add(swiss.email() + " " + route + ": " + response.getStatus() + " instead of " + expected);
				}
				Matcher emails = FRENCH_DEMO_EMAIL.matcher(body);
				while (emails.find()) {
					if (!emails.group().equals("platform@demo.relais")) {
						problems.add(swiss.email() + " " + route + ": the body shows " + emails.group());
					}
				}
				if (body.contains("Lyon") || body.contains(french.memberEmail())) {
					problems.add(swiss.email() + " " + route + ": the body shows French data");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theSwissAdminSeesTheirOwnTeam() throws Exception {
		String page = mvc.perform(get("/admin/users").with(user(swissAdmin)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("agent@ch.demo.relais", "admin@ch.demo.relais");
	}

	@Test
	void theFrenchAdminCannotOpenTheSwissAdminsPage() throws Exception {
		RelaisPrincipal frenchAdmin = accounts.findByEmail("admin@demo.relais").orElseThrow();
		MockHttpServletResponse response = mvc
			.perform(get("/admin/users/{id}", swissAdmin.userId()).with(user(frenchAdmin)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("admin@ch.demo.relais",
				swissAdmin.displayName());
	}

	@Test
	void theSwissAgentsApiTokenListsOnlyTheSwissTerritory() throws Exception {
		String token = tokens.create(swissAgent.userId(), "isolation-api").token();
		String json = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"email\":\"agent@ch.demo.relais\"", zurich.toString(), "kanton-zuerich")
			.doesNotContain(lyon.toString(), "metropole-de-lyon", "Lyon");
	}

	private void assertFrenchDataUntouched() {
		assertThat(memberships.findByUserIdAndTerritoryId(french.memberId(), lyon)).extracting(Membership::getRole)
			.containsExactly(Role.AGENT);
		assertThat(users.findById(french.memberId()).orElseThrow().isEnabled()).isTrue();
		assertThat(tokens.list(french.memberId())).allMatch(ApiTokens.TokenView::active);
		assertThat(jdbc.queryForObject("select count(*) from notification where id = ? and read_at is null",
				Integer.class, french.notificationId()))
			.isEqualTo(1);
	}

	/** Every route of every request-mapping handler mapping, as "METHOD pattern". */
	private Set<String> existingRoutes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					if (methods.isEmpty()) {
						routes.add("* " + pattern);
					}
					for (RequestMethod method : methods) {
						routes.add(method + " " + pattern);
					}
				}
			}
		}
		return routes;
	}

	private static byte[] tinyPng() throws Exception {
		BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, 0x1d5c96);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/** Probes of the search work (directory): create the French data they need once, keep it in a field. */
	private void searchProbes(RelaisPrincipal as, Map<String, Function<FrenchData, RequestBuilder>> probes) {
	}

	// end of search probes

	/** Probes of the web work (directory): create the French data they need once, keep it in a field. */
	private void webProbes(RelaisPrincipal as, Map<String, Function<FrenchData, RequestBuilder>> probes) {
		UUID service = frenchService();
		probes.put("GET /directory/services/{id}", f -> get("/directory/services/{id}", service).with(user(as)));
		probes.put("GET /directory/services/{id}/sheet.pdf",
				f -> get("/directory/services/{id}/sheet.pdf", service).with(user(as)));
	}

	private UUID frenchService;

	/** A published service of a French organisation, named "isolation-…" so a leak shows in the body check. */
	private UUID frenchService() {
		if (frenchService == null) {
			UUID org = UUID.randomUUID();
			frenchService = UUID.randomUUID();
			Timestamp now = Timestamp.from(Instant.now());
			jdbc.update("insert into dir_organisation (id, territory_id, name_fr, kind, status, created_at, updated_at,"
					+ " version) values (?, ?, ?, 'ASSOCIATION', 'ACTIVE', ?, ?, 0)", org, lyon, "isolation-org", now, now);
			jdbc.update("insert into dir_service (id, territory_id, organisation_id, name_fr, publics_reserved,"
					+ " zone_whole_territory, contact_public, status, saturation_level, verification_months, created_at,"
					+ " updated_at, version) values (?, ?, ?, ?, false, true, false, 'PUBLISHED', 'AVAILABLE', 6, ?, ?, 0)",
					frenchService, lyon, org, "isolation-service", now, now);
		}
		return frenchService;
	}

	// end of web probes

	/** Probes of the hsds work (directory): create the French data they need once, keep it in a field. */
	private void hsdsProbes(RelaisPrincipal as, Map<String, Function<FrenchData, RequestBuilder>> probes) {
	}

	// end of hsds probes

	/** A preview of a French import, started once by the French admin. */
	private String frenchImportJob;

	/** Probes of the imports work (directory): create the French data they need once, keep it in a field. */
	private void importsProbes(RelaisPrincipal as, Map<String, Function<FrenchData, RequestBuilder>> probes) {
		if (frenchImportJob == null) {
			RelaisPrincipal frenchAdmin = accounts.findByEmail("admin@demo.relais").orElseThrow();
			byte[] csv = ("organisation_id,service_id,organisation_name_fr,service_name_fr\r\n"
					+ "isolation-org,isolation-service,Isolation Lyon,Service isolation-\r\n").getBytes(StandardCharsets.UTF_8);
			try {
				String location = mvc
					.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
						.multipart("/admin/directory/imports")
						.file(new org.springframework.mock.web.MockMultipartFile("file", "isolation-lyon.csv", "text/csv", csv))
						.param("format", "csv")
						.with(user(frenchAdmin))
						.with(csrf()))
					.andReturn()
					.getResponse()
					.getRedirectedUrl();
				frenchImportJob = location.substring(location.lastIndexOf('/') + 1);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
		String job = frenchImportJob;
		probes.put("GET /admin/directory/imports/{id}", f -> get("/admin/directory/imports/{id}", job).with(user(as)));
		probes.put("POST /admin/directory/imports/{id}/apply",
				f -> post("/admin/directory/imports/{id}/apply", job).with(user(as)).with(csrf()));
		probes.put("POST /api/v1/directory/imports", f -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/api/v1/directory/imports")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "x.csv", "text/csv",
					"organisation_id,service_id\r\n".getBytes(StandardCharsets.UTF_8)))
			.param("format", "csv")
			.param("territory", "metropole-de-lyon")
			.param("dryRun", "true")
			.with(user(as)));
	}

	// end of imports probes

	/** Probes of the partners work (directory): create the French data they need once, keep it in a field. */
	private void partnersProbes(RelaisPrincipal as, Map<String, Function<FrenchData, RequestBuilder>> probes) {
		if (partnersData == null) {
			partnersData = partnersFrenchData();
		}
		PartnersData d = partnersData;
		java.util.function.BiFunction<String, Object, RequestBuilder> getAs = (path, id) -> get(path, id).with(user(as));
		java.util.function.BiFunction<String, Object, RequestBuilder> postAs = (path, id) -> post(path, id)
			.with(user(as))
			.with(csrf());
		probes.put("POST /partner/services/{id}/saturation",
				f -> post("/partner/services/{id}/saturation", d.service()).param("level", "FULL")
					.with(user(as))
					.with(csrf()));
		probes.put("POST /partner/services/{id}/assure", f -> postAs.apply("/partner/services/{id}/assure", d.service()));
		probes.put("GET /partner/services/{id}/history", f -> getAs.apply("/partner/services/{id}/history", d.service()));
		probes.put("GET /partner/organisations/{id}", f -> getAs.apply("/partner/organisations/{id}", d.organisation()));
		probes.put("POST /partner/organisations/{id}",
				f -> post("/partner/organisations/{id}", d.organisation()).param("nameFr", "Prise")
					.param("kind", "OTHER")
					.with(user(as))
					.with(csrf()));
		probes.put("POST /partner/organisations/{id}/logo",
				f -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders
					.multipart("/partner/organisations/{id}/logo", d.organisation())
					.file(new org.springframework.mock.web.MockMultipartFile("logo", "logo.png", "image/png", d.png()))
					.with(user(as))
					.with(csrf()));
		probes.put("POST /partner/organisations/{id}/join",
				f -> postAs.apply("/partner/organisations/{id}/join", d.organisation()));
		probes.put("GET /partner/organisations/{id}/history",
				f -> getAs.apply("/partner/organisations/{id}/history", d.organisation()));
		probes.put("POST /partner/members/{id}/approve", f -> postAs.apply("/partner/members/{id}/approve", d.request()));
		probes.put("POST /partner/members/{id}/reject", f -> postAs.apply("/partner/members/{id}/reject", d.request()));
		probes.put("GET /partner/services/new",
				f -> get("/partner/services/new").param("organisation", d.organisation().toString()).with(user(as)));
		probes.put("POST /partner/services/new",
				f -> post("/partner/services/new").param("organisation", d.organisation().toString())
					.param("nameFr", "Intrus")
					.with(user(as))
					.with(csrf()));
		probes.put("GET /partner/services/{id}", f -> getAs.apply("/partner/services/{id}", d.service()));
		probes.put("POST /partner/services/{id}",
				f -> post("/partner/services/{id}", d.service()).param("nameFr", "Pris").with(user(as)).with(csrf()));
		probes.put("GET /partner/locations/new",
				f -> get("/partner/locations/new").param("organisation", d.organisation().toString()).with(user(as)));
		probes.put("POST /partner/locations/new",
				f -> post("/partner/locations/new").param("organisation", d.organisation().toString())
					.param("name", "Intrus")
					.with(user(as))
					.with(csrf()));
		probes.put("GET /partner/locations/{id}", f -> getAs.apply("/partner/locations/{id}", d.location()));
		probes.put("POST /partner/locations/{id}",
				f -> post("/partner/locations/{id}", d.location()).param("name", "Pris").with(user(as)).with(csrf()));
		probes.put("GET /partner/locations/{id}/history", f -> getAs.apply("/partner/locations/{id}/history", d.location()));
		probes.put("POST /admin/directory/organisations/{id}/validate",
				f -> postAs.apply("/admin/directory/organisations/{id}/validate", d.pendingOrganisation()));
		probes.put("POST /admin/directory/organisations/{id}/reject",
				f -> postAs.apply("/admin/directory/organisations/{id}/reject", d.pendingOrganisation()));
		probes.put("POST /admin/directory/members/{id}/approve",
				f -> postAs.apply("/admin/directory/members/{id}/approve", d.request()));
		probes.put("POST /admin/directory/members/{id}/reject",
				f -> postAs.apply("/admin/directory/members/{id}/reject", d.request()));
	}

	/** French directory entries of the partners probes: an organisation with a service, a location, a request. */
	record PartnersData(UUID organisation, UUID service, UUID location, UUID pendingOrganisation, UUID request,
			byte[] png) {
	}

	PartnersData partnersData;

	private PartnersData partnersFrenchData() {
		try {
			UUID org = UUID.randomUUID();
			UUID pending = UUID.randomUUID();
			UUID service = UUID.randomUUID();
			UUID location = UUID.randomUUID();
			UUID request = UUID.randomUUID();
			Timestamp now = Timestamp.from(Instant.now());
			for (UUID id : List.of(org, pending)) {
				jdbc.update("insert into dir_organisation (id, territory_id, name_fr, kind, status, created_at, updated_at,"
						+ " version) values (?, ?, ?, 'ASSOCIATION', ?, ?, ?, 0)", id, lyon,
						"isolation-structure " + id, id.equals(org) ? "ACTIVE" : "PENDING", now, now);
			}
			jdbc.update("insert into dir_service (id, territory_id, organisation_id, name_fr, publics_reserved,"
					+ " zone_whole_territory, contact_public, status, saturation_level, verification_months,"
					+ " created_at, updated_at, version) values (?, ?, ?, ?, false, true, false, 'PUBLISHED',"
					+ " 'AVAILABLE', 6, ?, ?, 0)", service, lyon, org, "isolation-service", now, now);
			jdbc.update("insert into dir_location (id, territory_id, organisation_id, name, country, closed_on_holidays,"
					+ " updated_at, version) values (?, ?, ?, ?, 'FR', true, ?, 0)", location, lyon, org,
					"isolation-location", now);
			jdbc.update("insert into dir_organisation_member (id, organisation_id, user_id, role, status, requested_at)"
					+ " values (?, ?, ?, 'MEMBER', 'PENDING', ?)", request, org, french.memberId(), now);
			return new PartnersData(org, service, location, pending, request, tinyPng());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	// end of partners probes

	/** Probes of the freshness work (directory): create the French data they need once, keep it in a field. */
	private void freshnessProbes(RelaisPrincipal as, Map<String, Function<FrenchData, RequestBuilder>> probes) {
		UUID campaign = frenchCampaign();
		probes.put("GET /admin/directory/campaigns/{id}",
				f -> get("/admin/directory/campaigns/{id}", campaign).with(user(as)));
	}

	/** Probes of the timeline work (referral pathway): a French person. */
	/** The events work (agenda): its ID-bearing routes, with the French data they need, created once. */
	private void eventsProbes(RelaisPrincipal as, Map<String, Function<FrenchData, RequestBuilder>> probes) {
		UUID[] e = frenchEvent();
		UUID event = e[0];
		UUID attachment = e[1];
		probes.put("GET /agenda/events/{id}", f -> get("/agenda/events/{id}", event).with(user(as)));
		probes.put("GET /agenda/events/{id}/edit", f -> get("/agenda/events/{id}/edit", event).with(user(as)));
		probes.put("POST /agenda/events/{id}/edit",
				f -> post("/agenda/events/{id}/edit", event).param("title", "Pris")
					.param("startDate", "2027-03-02")
					.param("startTime", "10:00")
					.param("endDate", "2027-03-02")
					.param("endTime", "11:00")
					.param("category", "TRAINING")
					.param("visibility", "PUBLIC")
					.with(user(as))
					.with(csrf()));
		probes.put("GET /agenda/events/{id}/event.ics", f -> get("/agenda/events/{id}/event.ics", event).with(user(as)));
		probes.put("GET /agenda/events/{id}/attachments/{attachmentId}",
				f -> get("/agenda/events/{id}/attachments/{a}", event, attachment).with(user(as)));
		probes.put("POST /agenda/events/{id}/rsvp",
				f -> post("/agenda/events/{id}/rsvp", event).param("response", "YES").with(user(as)).with(csrf()));
		probes.put("POST /agenda/events/{id}/invite",
				f -> post("/agenda/events/{id}/invite", event).param("emails", "someone@example.ch")
					.with(user(as))
					.with(csrf()));
		probes.put("POST /agenda/events/{id}/cancel",
				f -> post("/agenda/events/{id}/cancel", event).param("reason", "x").with(user(as)).with(csrf()));
		probes.put("POST /agenda/events/{id}/occurrences",
				f -> post("/agenda/events/{id}/occurrences", event).param("originalStart", "2027-03-09T10:00")
					.param("action", "CANCEL")
					.with(user(as))
					.with(csrf()));
	}

	private UUID[] frenchEvent;

	/** A public French event (public: even so, a Swiss user must not reach it) with a file, made once. */
	private UUID[] frenchEvent() {
		if (frenchEvent == null) {
			UUID agent = accounts.findByEmail("agent@demo.relais").orElseThrow().userId();
			byte[] pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
				.getBytes(StandardCharsets.US_ASCII);
			UUID id = context.getBean(org.relais.agenda.event.EventChanges.class)
				.create(lyon, agent,
						new org.relais.agenda.EventDraft("isolation-event", null,
								java.time.LocalDateTime.of(2027, 3, 2, 10, 0),
								java.time.LocalDateTime.of(2027, 3, 2, 11, 0), false, null, null, null, null, null,
								org.relais.agenda.EventCategory.PUBLIC_EVENT, org.relais.agenda.EventVisibility.PUBLIC,
								null, org.relais.agenda.Recurrence.weekly(1, null, 3)),
						null, List.of(new org.relais.agenda.event.EventAttachments.Upload("isolation-event.pdf",
								pdf.length, () -> new ByteArrayInputStream(pdf))));
			UUID attachment = jdbc.queryForObject("select id from agd_event_attachment where event_id = ?", UUID.class,
					id);
			frenchEvent = new UUID[] { id, attachment };
		}
		return frenchEvent;
	}

	/** The views work (agenda): its ID-bearing routes, with the French data they need, created once. */
	private void viewsProbes(RelaisPrincipal as, Map<String, Function<FrenchData, RequestBuilder>> probes) {
	}

	/** The polls work (agenda): its ID-bearing routes, with the French data they need, created once. */
	private void pollsProbes(RelaisPrincipal as, Map<String, Function<FrenchData, RequestBuilder>> probes) {
		if (frenchPoll == null) {
			// a French poll organised by the French member, inviting the demo agent, with one slot next month
			frenchPoll = UUID.randomUUID();
			frenchPollSlot = UUID.randomUUID();
			Instant start = Instant.now().plus(java.time.Duration.ofDays(30));
			jdbc.update("insert into agd_poll (id, territory_id, organiser_user_id, organiser_name, title, zone_id,"
					+ " status, created_at) values (?, ?, ?, ?, ?, 'Europe/Paris', 'OPEN', ?)", frenchPoll, lyon,
					french.memberId(), french.memberName(), "isolation-poll", Timestamp.from(Instant.now()));
			jdbc.update("insert into agd_poll_slot (id, poll_id, starts_at, ends_at) values (?, ?, ?, ?)",
					frenchPollSlot, frenchPoll, Timestamp.from(start),
					Timestamp.from(start.plus(java.time.Duration.ofHours(1))));
			jdbc.update("insert into agd_poll_invitee (id, poll_id, user_id, email, display_name, language,"
					+ " token_hash, invited_at) values (?, ?, null, ?, ?, 'fr', ?, ?)", UUID.randomUUID(), frenchPoll,
					"isolation-invitee@example.org", "isolation-invitee", "isolation-hash-" + frenchPoll,
					Timestamp.from(Instant.now()));
		}
		UUID poll = frenchPoll;
		probes.put("GET /agenda/polls/{id}", f -> get("/agenda/polls/{id}", poll).with(user(as)));
		probes.put("POST /agenda/polls/{id}/answer", f -> post("/agenda/polls/{id}/answer", poll)
			.param("choice-" + frenchPollSlot, "YES")
			.with(user(as))
			.with(csrf()));
		probes.put("POST /agenda/polls/{id}/close", f -> post("/agenda/polls/{id}/close", poll)
			.param("slot", frenchPollSlot.toString())
			.with(user(as))
			.with(csrf()));
	}

	private UUID frenchPoll;

	private UUID frenchPollSlot;

	/** The booking work (agenda): its ID-bearing routes, with the French data they need, created once. */
	private void bookingProbes(RelaisPrincipal as, Map<String, Function<FrenchData, RequestBuilder>> probes) {
		if (bookingData == null) {
			UUID organisation = context.getBean(org.relais.directory.DirectoryCatalog.class)
				.organisations(lyon, "fr")
				.get(0)
				.id();
			UUID schedule = UUID.randomUUID();
			UUID closure = UUID.randomUUID();
			UUID appointment = UUID.randomUUID();
			Timestamp now = Timestamp.from(Instant.now());
			Timestamp slot = Timestamp.from(Instant.now().plus(java.time.Duration.ofDays(3)));
			jdbc.update("insert into agd_booking_schedule (id, territory_id, organisation_id, title, weekdays, start_time,"
					+ " end_time, slot_minutes, valid_from, public_booking, active, created_at, version) values (?, ?, ?,"
					+ " 'isolation-schedule', 'MONDAY', ?, ?, 30, ?, true, true, ?, 0)", schedule, lyon, organisation,
					java.sql.Time.valueOf("14:00:00"), java.sql.Time.valueOf("17:00:00"),
					java.sql.Date.valueOf(java.time.LocalDate.now()), now);
			jdbc.update("insert into agd_booking_closure (id, schedule_id, closed_on) values (?, ?, ?)", closure,
					schedule, java.sql.Date.valueOf(java.time.LocalDate.now().plusDays(30)));
			jdbc.update("insert into agd_appointment (id, territory_id, organisation_id, schedule_id, slot_start, slot_end,"
					+ " status, active_key, reference, cancel_token, contact_name, language, booked_at, version)"
					+ " values (?, ?, ?, ?, ?, ?, 'BOOKED', ?, ?, ?, 'isolation-contact', 'fr', ?, 0)", appointment, lyon,
					organisation, schedule, slot, slot, "isolation-" + appointment, "ISO-" + appointment.toString()
						.substring(0, 8), "isolation-token-" + appointment, now);
			bookingData = new UUID[] { schedule, closure, appointment, organisation };
		}
		UUID schedule = bookingData[0];
		UUID closure = bookingData[1];
		UUID appointment = bookingData[2];
		UUID organisation = bookingData[3];
		probes.put("GET /agenda/appointments/schedules/{id}",
				f -> get("/agenda/appointments/schedules/{id}", schedule).with(user(as)));
		probes.put("POST /agenda/appointments/schedules/{id}/closures",
				f -> post("/agenda/appointments/schedules/{id}/closures", schedule).param("day", "2030-01-01")
					.with(user(as))
					.with(csrf()));
		probes.put("POST /agenda/appointments/schedules/{id}/closures/{closureId}/delete",
				f -> post("/agenda/appointments/schedules/{id}/closures/{closureId}/delete", schedule, closure)
					.with(user(as))
					.with(csrf()));
		probes.put("POST /agenda/appointments/schedules/{id}/active",
				f -> post("/agenda/appointments/schedules/{id}/active", schedule).param("active", "false")
					.with(user(as))
					.with(csrf()));
		probes.put("GET /agenda/appointments/schedules/{id}/book",
				f -> get("/agenda/appointments/schedules/{id}/book", schedule).with(user(as)));
		probes.put("POST /agenda/appointments/schedules/{id}/book",
				f -> post("/agenda/appointments/schedules/{id}/book", schedule).param("slot", "2030-01-07T13:00:00Z")
					.param("person", UUID.randomUUID().toString())
					.with(user(as))
					.with(csrf()));
		probes.put("GET /agenda/appointments/organisations/{id}",
				f -> get("/agenda/appointments/organisations/{id}", organisation).with(user(as)));
		probes.put("GET /agenda/appointments/{id}", f -> get("/agenda/appointments/{id}", appointment).with(user(as)));
		probes.put("POST /agenda/appointments/{id}/status",
				f -> post("/agenda/appointments/{id}/status", appointment).param("to", "CANCELLED")
					.with(user(as))
					.with(csrf()));
	}

	/** The French schedule, closure, appointment and organisation of the booking probes. */
	private UUID[] bookingData;

	private void timelineProbes(RelaisPrincipal as, Map<String, Function<FrenchData, RequestBuilder>> probes) {
		UUID person = frenchPerson();
		probes.put("GET /people/{id}/pathway", f -> get("/people/{id}/pathway", person).with(user(as)));
		probes.put("POST /people/{id}/pathway/notes",
				f -> post("/people/{id}/pathway/notes", person).param("body", "x").with(user(as)).with(csrf()));
		probes.put("GET /people/{id}/pathway.pdf", f -> get("/people/{id}/pathway.pdf", person).with(user(as)));
	}

	private UUID timelinePerson;

	/** A person of the French territory, created once. */
	private UUID frenchPerson() {
		if (timelinePerson == null) {
			timelinePerson = context.getBean(org.relais.people.People.class)
				.create(lyon, new org.relais.people.NewBeneficiary("Iso", "Lation", false, null, 1970, "69001", null,
						null, null, Set.of(), null, Set.of(), null, false, null), null)
				.id();
		}
		return timelinePerson;
	}

	/** Probes of the people work (people/referral): create the French data they need once, keep it in a field. */
	private void peopleProbes(RelaisPrincipal as, Map<String, Function<FrenchData, RequestBuilder>> probes) {
		if (frenchPerson == null) {
			org.relais.people.People people = context.getBean(org.relais.people.People.class);
			frenchPerson = people.create(lyon, new org.relais.people.NewBeneficiary("isolation-first",
					"isolation-person", false, null, 1980, "69100", "69266", "06 55 44 33 22", null, Set.of("fr"), null,
					Set.of("personnes-exilees"), 5, false, "isolation-note"), null).id();
			frenchConsent = people.recordConsent(lyon, frenchPerson, "isolation-consent",
					org.relais.people.ConsentMethod.ORAL, null).id();
		}
		UUID p = frenchPerson;
		probes.put("GET /people/{id}", f -> get("/people/{id}", p).with(user(as)));
		probes.put("GET /people/{id}/edit", f -> get("/people/{id}/edit", p).with(user(as)));
		probes.put("POST /people/{id}/edit", f -> post("/people/{id}/edit", p).param("firstName", "x")
			.param("lastName", "changed")
			.with(user(as))
			.with(csrf()));
		probes.put("POST /people/{id}/consents", f -> post("/people/{id}/consents", p).param("purpose", "x")
			.param("method", "ORAL")
			.with(user(as))
			.with(csrf()));
		probes.put("POST /people/{id}/consents/{consentId}/withdraw",
				f -> post("/people/{id}/consents/{c}/withdraw", p, frenchConsent).with(user(as)).with(csrf()));
		probes.put("GET /admin/people/{id}/export.json", f -> get("/admin/people/{id}/export.json", p).with(user(as)));
		probes.put("GET /admin/people/{id}/export.pdf", f -> get("/admin/people/{id}/export.pdf", p).with(user(as)));
		probes.put("GET /admin/people/{id}/erase", f -> get("/admin/people/{id}/erase", p).with(user(as)));
		probes.put("POST /admin/people/{id}/erase",
				f -> post("/admin/people/{id}/erase", p).param("confirm", "yes").with(user(as)).with(csrf()));
	}

	/** A French person with a consent, named "isolation-…" so a leak shows in the body check. */
	private UUID frenchPerson;

	private UUID frenchConsent;

	// end of people probes

	/** Probes of the matching work (people/referral): create the French data they need once, keep it in a field. */
	private void matchingProbes(RelaisPrincipal as, Map<String, Function<FrenchData, RequestBuilder>> probes) {
	}

	/** Probes of the referrals work (people/referral): create the French data they need once, keep it in a field. */
	private void referralsProbes(RelaisPrincipal as, Map<String, Function<FrenchData, RequestBuilder>> probes) {
		if (frenchReferral == null) {
			frenchReferral = frenchReferral();
		}
		FrenchReferral r = frenchReferral;
		probes.put("GET /referrals/new", f -> get("/referrals/new").param("service", r.service().toString())
			.param("person", r.person().toString())
			.with(user(as)));
		probes.put("POST /referrals",
				f -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/referrals")
					.param("service", r.service().toString())
					.param("person", r.person().toString())
					.param("token", UUID.randomUUID().toString())
					.param("reason", "isolation probe")
					.param("consent", "true")
					.param("consentMethod", "ORAL")
					.with(user(as))
					.with(csrf()));
		probes.put("GET /referrals/{id}", f -> get("/referrals/{id}", r.referral()).with(user(as)));
		for (String action : List.of("accept", "waitlist", "withdraw")) {
			probes.put("POST /referrals/{id}/" + action,
					f -> post("/referrals/{id}/" + action, r.referral()).with(user(as)).with(csrf()));
		}
		probes.put("POST /referrals/{id}/refuse", f -> post("/referrals/{id}/refuse", r.referral())
			.param("refusalReason", "FULL")
			.with(user(as))
			.with(csrf()));
		probes.put("POST /referrals/{id}/complete", f -> post("/referrals/{id}/complete", r.referral())
			.param("outcome", "RESOLVED")
			.with(user(as))
			.with(csrf()));
		probes.put("GET /referrals/{id}/attachments/{attachmentId}",
				f -> get("/referrals/{id}/attachments/{a}", r.referral(), r.attachment()).with(user(as)));
	}

	/** A French referral (still SENT) of a French person to a French service, with a file. */
	record FrenchReferral(UUID service, UUID person, UUID referral, UUID attachment) {
	}

	FrenchReferral frenchReferral;

	private FrenchReferral frenchReferral() {
		try {
			UUID service = frenchService();
			UUID org = jdbc.queryForObject("select organisation_id from dir_service where id = ?", UUID.class, service);
			UUID person = context.getBean(org.relais.people.People.class)
				.create(lyon, new org.relais.people.NewBeneficiary("Isolation", "isolation-person", false, null, 1980,
						"69001", null, null, null, Set.of(), null, Set.of(), null, false, null), null)
				.id();
			UUID referral = UUID.randomUUID();
			Timestamp now = Timestamp.from(Instant.now());
			jdbc.update("insert into ref_referral (id, territory_id, beneficiary_id, service_id, service_names,"
					+ " organisation_id, organisation_name, status, reason, idempotency_key, sent_at, last_change_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?, 'SENT', ?, ?, ?, ?)", referral, lyon, person, service,
					"{\"fr\":\"isolation-service\"}", org, "isolation-org", "isolation-reason",
					"isolation-" + referral, now, now);
			byte[] png = tinyPng();
			StoredFile file = files.store(lyon, "isolation-referral.png", new ByteArrayInputStream(png), png.length,
					Set.of(StoredFiles.Kind.IMAGE), false);
			UUID attachment = UUID.randomUUID();
			jdbc.update("insert into ref_referral_attachment (id, referral_id, file_id, name, content_type, size_bytes,"
					+ " uploaded_at) values (?, ?, ?, ?, 'image/png', ?, ?)", attachment, referral, file.id(),
					"isolation-referral.png", png.length, now);
			return new FrenchReferral(service, person, referral, attachment);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	// end of referrals probes

	/** Probes of the pathway work (people/referral): create the French data they need once, keep it in a field. */
	private void pathwayProbes(RelaisPrincipal as, Map<String, Function<FrenchData, RequestBuilder>> probes) {
		UUID referral = pathwayReferral();
		probes.put("GET /referrals/{id}/liaison.pdf", f -> get("/referrals/{id}/liaison.pdf", referral).with(user(as)));
	}

	private UUID pathwayReferral;

	/** A referral of Lyon (ids only: the PDF route must answer 404 before reading anything). */
	private UUID pathwayReferral() {
		if (pathwayReferral == null) {
			pathwayReferral = UUID.randomUUID();
			Timestamp now = Timestamp.from(Instant.now());
			jdbc.update("insert into ref_referral (id, territory_id, beneficiary_id, service_id, organisation_id,"
					+ " organisation_name, status, reason, idempotency_key, sent_at, last_change_at) values (?, ?, ?,"
					+ " ?, ?, ?, 'SENT', ?, ?, ?, ?)", pathwayReferral, lyon, UUID.randomUUID(), UUID.randomUUID(),
					UUID.randomUUID(), "isolation-organisation", "isolation-reason", pathwayReferral.toString(), now,
					now);
		}
		return pathwayReferral;
	}

	private UUID frenchCampaign;

	/** A verification campaign of Lyon, its message naming "isolation-" so that a leak shows in the body check. */
	private UUID frenchCampaign() {
		if (frenchCampaign == null) {
			frenchCampaign = UUID.randomUUID();
			UUID frenchAdmin = accounts.findByEmail("admin@demo.relais").orElseThrow().userId();
			jdbc.update("insert into dir_verification_campaign (id, territory_id, started_at, started_by, deadline,"
					+ " message) values (?, ?, ?, ?, ?, ?)", frenchCampaign, lyon, Timestamp.from(Instant.now()),
					frenchAdmin, java.sql.Date.valueOf(java.time.LocalDate.now().plusDays(7)), "isolation-campaign");
		}
		return frenchCampaign;
	}

	// end of freshness probes

	// ---------------------------------------------------------------- desk (issue 7)

	private void deskProbes(RelaisPrincipal as, Map<String, Function<FrenchData, RequestBuilder>> probes) {
		// probes of the desk (issue 7) work: add them here
		UUID request = deskRequest();
		probes.put("GET /desk/requests/{id}", f -> get("/desk/requests/{id}", request).with(user(as)));
		probes.put("POST /desk/requests/{id}/status", f -> post("/desk/requests/{id}/status", request)
			.param("status", "CANCELLED")
			.with(user(as))
			.with(csrf()));
		probes.put("POST /desk/requests/{id}/assign",
				f -> post("/desk/requests/{id}/assign", request).param("assignee", "me").with(user(as)).with(csrf()));
		probes.put("POST /desk/requests/{id}/due", f -> post("/desk/requests/{id}/due", request)
			.param("dueDate", java.time.LocalDate.now().plusDays(5).toString())
			.with(user(as))
			.with(csrf()));
		probes.put("GET /desk/requests/{id}/triage", f -> get("/desk/requests/{id}/triage", request).with(user(as)));
		probes.put("POST /desk/requests/{id}/triage", f -> post("/desk/requests/{id}/triage", request)
			.param("person", UUID.randomUUID().toString())
			.param("type", "orientation")
			.param("channel", "WEB_FORM")
			.with(user(as))
			.with(csrf()));
	}

	private UUID deskRequest;

	/** A web-form request of Lyon waiting for triage, the caller's contact naming "isolation-". */
	private UUID deskRequest() {
		if (deskRequest == null) {
			deskRequest = UUID.randomUUID();
			Timestamp now = Timestamp.from(Instant.now());
			jdbc.update("insert into dsk_request (id, territory_id, reference, channel, status, due_date, contact_name,"
					+ " contact_email, contact_message, created_at, updated_at, version) values (?, ?, ?, 'WEB_FORM',"
					+ " 'NEW', ?, ?, ?, ?, ?, ?, 0)", deskRequest, lyon, "ISO-" + deskRequest.toString().substring(0, 8),
					java.sql.Date.valueOf(java.time.LocalDate.now().plusDays(2)), "isolation-caller",
					"isolation-caller@example.org", "isolation-message", now, now);
		}
		return deskRequest;
	}

	// end of desk probes

	// ---------------------------------------------------------------- device requests (issue 7)

	private void deviceRequestsProbes(RelaisPrincipal as, Map<String, Function<FrenchData, RequestBuilder>> probes) {
		// probes of the device requests (issue 7) work: add them here
		if (frenchDeviceRequest == null) {
			UUID person = context.getBean(org.relais.people.People.class)
				.create(lyon, new org.relais.people.NewBeneficiary("isolation-device", "isolation-device-person", false,
						null, 1975, "69100", "69266", null, null, Set.of("fr"), null, Set.of(), 5, false, null), null)
				.id();
			UUID organisation = context.getBean(org.relais.directory.DirectoryCatalog.class)
				.organisations(lyon, "fr")
				.get(0)
				.id();
			var request = new org.relais.devices.request.DeviceRequest(lyon, null,
					"ISO-" + UUID.randomUUID().toString().substring(0, 8), person,
					org.relais.devices.DeviceCategory.OTHER, "isolation-device-note", null, Instant.now());
			request.routeTo(organisation, false, Instant.now());
			request.approve("isolation-justification", null, Instant.now());
			request.moveTo(org.relais.devices.DeviceRequestStatus.ORDERED, Instant.now());
			context.getBean(org.relais.devices.request.DeviceRequestRepository.class).save(request);
			context.getBean(org.relais.devices.order.DeviceOrderRepository.class)
				.save(new org.relais.devices.order.DeviceOrder(lyon, request.getId(), organisation,
						org.relais.devices.DeviceType.LAPTOP, org.relais.devices.KeyboardLayout.FR, 1, null,
						org.relais.devices.Financing.FREE, new java.math.BigDecimal("150.00"), "EUR",
						"isolation-address Lyon", null, Instant.now()));
			frenchDeviceRequest = request.getId();
		}
		UUID r = frenchDeviceRequest;
		probes.put("GET /devices/requests/{id}", f -> get("/devices/requests/{id}", r).with(user(as)));
		probes.put("POST /devices/requests/{id}/route", f -> post("/devices/requests/{id}/route", r)
			.param("organisationId", UUID.randomUUID().toString())
			.with(user(as))
			.with(csrf()));
		probes.put("POST /devices/requests/{id}/category",
				f -> post("/devices/requests/{id}/category", r).param("category", "MIGRATION").with(user(as)).with(csrf()));
		probes.put("POST /devices/requests/{id}/cancel",
				f -> post("/devices/requests/{id}/cancel", r).param("reason", "x").with(user(as)).with(csrf()));
		probes.put("GET /devices/requests/{id}/order.pdf", f -> get("/devices/requests/{id}/order.pdf", r).with(user(as)));
		probes.put("GET /partner/devices/{id}", f -> get("/partner/devices/{id}", r).with(user(as)));
		probes.put("POST /partner/devices/{id}/approve",
				f -> post("/partner/devices/{id}/approve", r).param("justification", "x").with(user(as)).with(csrf()));
		probes.put("POST /partner/devices/{id}/decline",
				f -> post("/partner/devices/{id}/decline", r).param("reason", "x").with(user(as)).with(csrf()));
		probes.put("GET /partner/devices/{id}/order", f -> get("/partner/devices/{id}/order", r).with(user(as)));
		probes.put("POST /partner/devices/{id}/order", f -> post("/partner/devices/{id}/order", r).param("quantity", "1")
			.param("type", "TABLET")
			.param("financing", "FREE")
			.param("deliveryAddress", "x")
			.with(user(as))
			.with(csrf()));
		probes.put("GET /partner/devices/{id}/order.pdf", f -> get("/partner/devices/{id}/order.pdf", r).with(user(as)));
	}

	/** A French device request, ordered, named "isolation-…" so a leak shows in the body check. */
	private UUID frenchDeviceRequest;

	// end of deviceRequests probes

	// ---------------------------------------------------------------- device stock (issue 7)

	private void stockProbes(RelaisPrincipal as, Map<String, Function<FrenchData, RequestBuilder>> probes) {
		// probes of the device stock (issue 7) work: add them here
		UUID[] d = frenchStock();
		UUID device = d[0];
		UUID donation = d[1];
		probes.put("GET /devices/{id}", f -> get("/devices/{id}", device).with(user(as)));
		probes.put("POST /devices/{id}/specs", f -> post("/devices/{id}/specs", device).param("grade", "A")
			.param("notes", "taken")
			.with(user(as))
			.with(csrf()));
		probes.put("POST /devices/{id}/move",
				f -> post("/devices/{id}/move", device).param("to", "IN_REFURBISHMENT").with(user(as)).with(csrf()));
		probes.put("GET /devices/{id}/erasure", f -> get("/devices/{id}/erasure", device).with(user(as)));
		probes.put("POST /devices/{id}/erasure", f -> post("/devices/{id}/erasure", device).param("method", "OVERWRITE")
			.param("passes", "3")
			.param("tool", "taken")
			.param("erasedOn", "2026-01-05")
			.param("operatorName", "taken")
			.with(user(as))
			.with(csrf()));
		probes.put("GET /devices/{id}/label.pdf", f -> get("/devices/{id}/label.pdf", device).with(user(as)));
		probes.put("GET /devices/{id}/erasure-certificate.pdf",
				f -> get("/devices/{id}/erasure-certificate.pdf", device).with(user(as)));
		probes.put("GET /devices/labels.pdf",
				f -> get("/devices/labels.pdf").param("ids", device.toString()).with(user(as)));
		probes.put("GET /devices/donations/{id}", f -> get("/devices/donations/{id}", donation).with(user(as)));
		probes.put("GET /devices/donations/{id}/receipt.pdf",
				f -> get("/devices/donations/{id}/receipt.pdf", donation).with(user(as)));
		probes.put("GET /devices/donations/{id}/labels.pdf",
				f -> get("/devices/donations/{id}/labels.pdf", donation).with(user(as)));
	}

	private UUID[] frenchStock;

	/** A Lyon donation with one device and its erasure record, made once; names start with "isolation-". */
	private UUID[] frenchStock() {
		if (frenchStock == null) {
			UUID device = UUID.randomUUID();
			UUID donation = UUID.randomUUID();
			String unique = device.toString().substring(0, 8);
			Timestamp now = Timestamp.from(Instant.now());
			java.sql.Date day = java.sql.Date.valueOf(java.time.LocalDate.now().minusDays(2));
			jdbc.update("insert into dev_donation (id, territory_id, reference, donor_kind, donor_name, contact_email,"
					+ " donor_language, received_on, created_at, version) values (?, ?, ?, 'PERSON', ?, ?, 'fr', ?, ?,"
					+ " 0)", donation, lyon, "ISO-D-" + unique, "isolation-donor", "isolation-donor@example.org", day,
					now);
			jdbc.update("insert into dev_device (id, territory_id, asset_tag, device_type, brand, model, serial_number,"
					+ " state, donation_id, received_on, created_at, updated_at, version) values (?, ?, ?, 'LAPTOP', ?,"
					+ " ?, ?, 'RECEIVED', ?, ?, ?, ?, 0)", device, lyon, "ISO-" + unique, "isolation-brand",
					"isolation-model", "isolation-serial-" + unique, donation, day, now, now);
			jdbc.update("insert into dev_erasure (id, device_id, certificate_number, method, passes, tool, erased_on,"
					+ " operator_name, verified, recorded_at, updated_at, version) values (?, ?, ?, 'OVERWRITE', 1, ?,"
					+ " ?, ?, false, ?, ?, 0)", UUID.randomUUID(), device, "ISO-E-" + unique, "isolation-tool", day,
					"isolation-operator", now, now);
			frenchStock = new UUID[] { device, donation };
		}
		return frenchStock;
	}

	// end of stock probes

	// ---------------------------------------------------------------- shipments (issue 7)

	private void shipmentsProbes(RelaisPrincipal as, Map<String, Function<FrenchData, RequestBuilder>> probes) {
		// probes of the shipments (issue 7) work: add them here
		UUID[] s = frenchShipment();
		UUID batch = s[0];
		UUID parcel = s[1];
		UUID order = s[2];
		probes.put("GET /devices/shipments/{id}", f -> get("/devices/shipments/{id}", batch).with(user(as)));
		probes.put("POST /devices/shipments/{id}/confirm",
				f -> post("/devices/shipments/{id}/confirm", batch).with(user(as)).with(csrf()));
		probes.put("POST /devices/shipments/{id}/discard",
				f -> post("/devices/shipments/{id}/discard", batch).with(user(as)).with(csrf()));
		probes.put("POST /devices/shipments/{id}/orders/{orderId}/remove",
				f -> post("/devices/shipments/{id}/orders/{orderId}/remove", batch, order).with(user(as)).with(csrf()));
		probes.put("POST /devices/shipments/{id}/parcels/{parcelId}/ship",
				f -> post("/devices/shipments/{id}/parcels/{parcelId}/ship", batch, parcel).param("trackingNumber", "x")
					.with(user(as))
					.with(csrf()));
		probes.put("GET /devices/shipments/{id}/parcels/{parcelId}/delivery-note.pdf",
				f -> get("/devices/shipments/{id}/parcels/{parcelId}/delivery-note.pdf", batch, parcel).with(user(as)));
		probes.put("GET /partner/devices/parcels/{id}", f -> get("/partner/devices/parcels/{id}", parcel).with(user(as)));
		probes.put("POST /partner/devices/parcels/{id}/receive",
				f -> post("/partner/devices/parcels/{id}/receive", parcel).with(user(as)).with(csrf()));
		probes.put("GET /partner/devices/orders/{id}/handover",
				f -> get("/partner/devices/orders/{id}/handover", order).with(user(as)));
		probes.put("POST /partner/devices/orders/{id}/handover",
				f -> post("/partner/devices/orders/{id}/handover", order).param("handedOverOn", "2026-01-05")
					.param("acknowledged", "true")
					.with(user(as))
					.with(csrf()));
	}

	/** A French batch (proposed) with a parcel for a Lyon organisation, one order and its reserved laptop. */
	private UUID[] frenchShipmentData;

	private UUID[] frenchShipment() {
		if (frenchShipmentData == null) {
			UUID organisation = context.getBean(org.relais.directory.DirectoryCatalog.class)
				.organisations(lyon, "fr")
				.get(0)
				.id();
			String tag = "isolation-" + UUID.randomUUID().toString().substring(0, 8);
			UUID request = UUID.randomUUID();
			UUID order = UUID.randomUUID();
			UUID device = UUID.randomUUID();
			UUID batch = UUID.randomUUID();
			UUID parcel = UUID.randomUUID();
			Timestamp now = Timestamp.from(Instant.now());
			jdbc.update("insert into dev_request (id, territory_id, reference, person_id, category, status,"
					+ " partner_organisation_id, auto_routed, created_at, version) values (?, ?, ?, ?, 'SOCIAL_AID',"
					+ " 'ALLOCATED', ?, false, ?, 0)", request, lyon, tag, frenchPerson(), organisation, now);
			jdbc.update("insert into dev_order (id, territory_id, request_id, partner_organisation_id, device_type,"
					+ " keyboard_layout, quantity, financing, unit_price, currency, delivery_address, status, ordered_at,"
					+ " batch_id, version) values (?, ?, ?, ?, 'LAPTOP', 'FR', 1, 'FREE', 150, 'EUR', ?, 'ALLOCATED', ?,"
					+ " ?, 0)", order, lyon, request, organisation, "isolation-address, 69001 Lyon", now, batch);
			jdbc.update("insert into dev_device (id, territory_id, asset_tag, device_type, brand, model, serial_number,"
					+ " keyboard_layout, state, received_on, order_id, created_at, updated_at, version) values (?, ?, ?,"
					+ " 'LAPTOP', 'Lenovo', 'T480', ?, 'FR', 'RESERVED', ?, ?, ?, ?, 0)", device, lyon, tag, tag,
					java.sql.Date.valueOf(java.time.LocalDate.now()), order, now, now);
			jdbc.update("insert into dev_shipment_batch (id, territory_id, cutoff_date, status, active_key, created_at,"
					+ " version) values (?, ?, ?, 'PROPOSED', ?, ?, 0)", batch, lyon,
					java.sql.Date.valueOf(java.time.LocalDate.now().plusYears(5)), tag, now);
			jdbc.update("insert into dev_shipment_parcel (id, batch_id, territory_id, organisation_id, delivery_address,"
					+ " status, version) values (?, ?, ?, ?, ?, 'PREPARING', 0)", parcel, batch, lyon, organisation,
					"isolation-address, 69001 Lyon");
			jdbc.update("insert into dev_shipment_item (id, parcel_id, order_id, device_id) values (?, ?, ?, ?)",
					UUID.randomUUID(), parcel, order, device);
			frenchShipmentData = new UUID[] { batch, parcel, order };
		}
		return frenchShipmentData;
	}

	// end of shipments probes

	// ---------------------------------------------------------------- partnership (issue 7)

	/** The French volunteer, its absence and its document (volunteers work). */
	private UUID[] frenchVolunteer;

	private void volunteersProbes(RelaisPrincipal as, Map<String, Function<FrenchData, RequestBuilder>> probes) {
		// probes of the volunteers (issue 8) work: add them here
		if (frenchVolunteer == null) {
			var volunteer = new org.relais.mutualaid.volunteer.Volunteer(lyon, "Isolation", "Bénévole",
					"isolation-volunteer-" + UUID.randomUUID() + "@fr.example.org", "fr", Instant.now());
			context.getBean(org.relais.mutualaid.volunteer.VolunteerRepository.class).save(volunteer);
			var absence = context.getBean(org.relais.mutualaid.volunteer.VolunteerAbsenceRepository.class)
				.save(new org.relais.mutualaid.volunteer.VolunteerAbsence(volunteer.getId(),
						java.time.LocalDate.now(), java.time.LocalDate.now().plusDays(3)));
			var document = context.getBean(org.relais.mutualaid.proof.ProofDocumentRepository.class)
				.save(new org.relais.mutualaid.proof.ProofDocument(lyon, volunteer.getId(),
						org.relais.mutualaid.proof.ProofType.LIABILITY_INSURANCE, french.fileId(),
						"isolation-insurance.png", java.time.LocalDate.now().plusYears(1), Instant.now()));
			frenchVolunteer = new UUID[] { volunteer.getId(), absence.getId(), document.getId() };
		}
		UUID v = frenchVolunteer[0];
		UUID absence = frenchVolunteer[1];
		UUID doc = frenchVolunteer[2];
		probes.put("POST /volunteer/absences/{id}/delete",
				f -> post("/volunteer/absences/{id}/delete", absence).with(user(as)).with(csrf()));
		probes.put("GET /volunteer/documents/{id}/file", f -> get("/volunteer/documents/{id}/file", doc).with(user(as)));
		probes.put("GET /mutualaid/volunteers/{id}", f -> get("/mutualaid/volunteers/{id}", v).with(user(as)));
		probes.put("POST /mutualaid/volunteers/{id}/status", f -> post("/mutualaid/volunteers/{id}/status", v)
			.param("status", "LEFT")
			.param("note", "isolation-note")
			.with(user(as))
			.with(csrf()));
		probes.put("POST /mutualaid/volunteers/{id}/erase", f -> post("/mutualaid/volunteers/{id}/erase", v)
			.param("confirm", "true")
			.with(user(as))
			.with(csrf()));
		probes.put("POST /mutualaid/volunteers/{id}/documents/{docId}/verify",
				f -> post("/mutualaid/volunteers/{id}/documents/{docId}/verify", v, doc).with(user(as)).with(csrf()));
		probes.put("POST /mutualaid/volunteers/{id}/documents/{docId}/reject",
				f -> post("/mutualaid/volunteers/{id}/documents/{docId}/reject", v, doc).param("reason", "isolation")
					.with(user(as))
					.with(csrf()));
		probes.put("GET /mutualaid/volunteers/{id}/documents/{docId}/file",
				f -> get("/mutualaid/volunteers/{id}/documents/{docId}/file", v, doc).with(user(as)));
	}

	/** The French action request and its offer the dispatch probes try (made once). */
	private UUID frenchActionRequest;

	private UUID frenchActionAssignment;

	private void dispatchProbes(RelaisPrincipal as, Map<String, Function<FrenchData, RequestBuilder>> probes) {
		// probes of the dispatch (issue 8) work: add them here
		if (frenchActionRequest == null) {
			UUID person = context.getBean(org.relais.people.People.class)
				.create(lyon, new org.relais.people.NewBeneficiary("isolation-action", "isolation-action-person", false,
						null, 1940, "69003", "69123", null, null, Set.of("fr"), null, Set.of(), null, false, null), null)
				.id();
			var request = new org.relais.mutualaid.action.ActionRequest(lyon,
					"ISO-" + UUID.randomUUID().toString().substring(0, 8), person, org.relais.mutualaid.ActionType.VISIT,
					org.relais.mutualaid.RequestSource.AGENT, null, Instant.now());
			request.details("isolation-action-place", "isolation-action-notes", false);
			request.moveTo(org.relais.mutualaid.ActionStatus.DISPATCHED, Instant.now());
			context.getBean(org.relais.mutualaid.action.ActionRequestRepository.class).save(request);
			var volunteer = new org.relais.mutualaid.volunteer.Volunteer(lyon, "isolation-volunteer",
					"isolation-volunteer", "isolation-volunteer-" + UUID.randomUUID() + "@test.relais", "fr",
					Instant.now());
			context.getBean(org.relais.mutualaid.volunteer.VolunteerRepository.class).save(volunteer);
			var offer = org.relais.mutualaid.action.ActionAssignment.offer(request.getId(), volunteer.getId(), null,
					Instant.now());
			context.getBean(org.relais.mutualaid.action.ActionAssignmentRepository.class).save(offer);
			frenchActionRequest = request.getId();
			frenchActionAssignment = offer.getId();
		}
		UUID r = frenchActionRequest;
		UUID a = frenchActionAssignment;
		probes.put("GET /mutualaid/requests/{id}", f -> get("/mutualaid/requests/{id}", r).with(user(as)));
		probes.put("POST /mutualaid/requests/{id}/dispatch",
				f -> post("/mutualaid/requests/{id}/dispatch", r).with(user(as)).with(csrf()));
		probes.put("POST /mutualaid/requests/{id}/cancel",
				f -> post("/mutualaid/requests/{id}/cancel", r).param("reason", "x").with(user(as)).with(csrf()));
		probes.put("POST /mutualaid/requests/{id}/two-person",
				f -> post("/mutualaid/requests/{id}/two-person", r).with(user(as)).with(csrf()));
		probes.put("GET /volunteer/missions/{id}", f -> get("/volunteer/missions/{id}", a).with(user(as)));
		for (String step : List.of("accept", "decline", "cancel", "report", "concern")) {
			probes.put("POST /volunteer/missions/{id}/" + step, f -> post("/volunteer/missions/{id}/" + step, a)
				.param("reason", "x")
				.param("report", "x")
				.param("minutes", "10")
				.param("level", "HIGH")
				.param("text", "x")
				.with(user(as))
				.with(csrf()));
		}
	}

	private void associationsProbes(RelaisPrincipal as, Map<String, Function<FrenchData, RequestBuilder>> probes) {
		// probes of the associations and carpooling (issue 8) work: add them here
		UUID[] c = frenchCarpool();
		UUID event = c[0];
		UUID offer = c[1];
		UUID seat = c[2];
		UUID news = c[3];
		probes.put("GET /partner/mutualaid/news/{id}", f -> get("/partner/mutualaid/news/{id}", news).with(user(as)));
		probes.put("POST /partner/mutualaid/news/{id}",
				f -> post("/partner/mutualaid/news/{id}", news).param("title", "Pris")
					.param("body", "Pris")
					.param("visibility", "PUBLIC")
					.with(user(as))
					.with(csrf()));
		probes.put("POST /partner/mutualaid/news/{id}/delete",
				f -> post("/partner/mutualaid/news/{id}/delete", news).with(user(as)).with(csrf()));
		probes.put("GET /carpool/events/{eventId}", f -> get("/carpool/events/{id}", event).with(user(as)));
		probes.put("POST /carpool/events/{eventId}",
				f -> post("/carpool/events/{id}", event).param("action", "confirm")
					.param("seat", seat.toString())
					.param("offer", offer.toString())
					.with(user(as))
					.with(csrf()));
		probes.put("POST /carpool/offers/{id}/cancel",
				f -> post("/carpool/offers/{id}/cancel", offer).with(user(as)).with(csrf()));
		probes.put("POST /carpool/seats/{id}/cancel",
				f -> post("/carpool/seats/{id}/cancel", seat).with(user(as)).with(csrf()));
		// the French visit request the dispatch probes made (dispatchProbes runs first)
		if (frenchActionRequest == null) {
			dispatchProbes(as, new java.util.HashMap<>());
		}
		UUID visit = frenchActionRequest;
		probes.put("POST /partner/mutualaid/requests/{id}/answer",
				f -> post("/partner/mutualaid/requests/{id}/answer", visit)
					.param("volunteer", UUID.randomUUID().toString())
					.with(user(as))
					.with(csrf()));
	}

	private UUID[] frenchCarpoolData;

	/** A Lyon event with a driver's offer, a seat request and an association's news item: event, offer, seat, news. */
	private UUID[] frenchCarpool() {
		if (frenchCarpoolData == null) {
			org.relais.mutualaid.carpool.CarpoolWorld w = new org.relais.mutualaid.carpool.CarpoolWorld(context);
			org.relais.mutualaid.carpool.Carpools carpools = context
				.getBean(org.relais.mutualaid.carpool.Carpools.class);
			UUID event = w.event("isolation-carpool");
			org.relais.mutualaid.carpool.CarpoolWorld.Driver driver = w.driver("Isolation", "69256", true);
			UUID offer = carpools.offer(lyon, event, driver.volunteer().getId(), "69256",
					java.time.LocalDate.now().plusDays(14).atTime(13, 0), 2, null).getId();
			UUID seat = carpools.ask(lyon, event, null, w.person("isolation" + UUID.randomUUID().toString().substring(0,
					6)), "69266", w.agent.userId()).getId();
			UUID organisation = context.getBean(org.relais.directory.DirectoryCatalog.class)
				.organisations(lyon, "fr")
				.stream()
				.filter(o -> o.name().equals("Les Paniers du Rhône"))
				.findFirst()
				.orElseThrow()
				.id();
			UUID news = UUID.randomUUID();
			Timestamp now = Timestamp.from(Instant.now());
			jdbc.update("insert into ma_news (id, territory_id, organisation_id, title, body, published_on, visibility,"
					+ " created_at, updated_at) values (?, ?, ?, 'isolation-news', 'isolation-news', ?, 'PARTNERS', ?, ?)",
					news, lyon, organisation, java.sql.Date.valueOf(java.time.LocalDate.now()), now, now);
			frenchCarpoolData = new UUID[] { event, offer, seat, news };
		}
		return frenchCarpoolData;
	}

	private void meetingsProbes(RelaisPrincipal as, Map<String, Function<FrenchData, RequestBuilder>> probes) {
		// probes of the meetings, subscription and kit (issue 8) work: add them here
		UUID[] data = frenchMeetingAndInvoice();
		probes.put("GET /mutualaid/meetings/{id}", f -> get("/mutualaid/meetings/{id}", data[0]).with(user(as)));
		probes.put("POST /mutualaid/meetings/{id}/attendance",
				f -> post("/mutualaid/meetings/{id}/attendance", data[0]).param("v." + data[2], "PRESENT")
					.with(user(as))
					.with(csrf()));
		probes.put("GET /admin/subscription/invoices/{id}.pdf",
				f -> get("/admin/subscription/invoices/{id}.pdf", data[1]).with(user(as)));
	}

	private UUID[] frenchMeetingAndInvoice;

	/** A meeting of Lyon (no attendance yet) and an invoice of Lyon in a year of the past century, by SQL. */
	private UUID[] frenchMeetingAndInvoice() {
		if (frenchMeetingAndInvoice == null) {
			String tag = "isolation-" + UUID.randomUUID().toString().substring(0, 8);
			Timestamp now = Timestamp.from(Instant.now());
			UUID meeting = UUID.randomUUID();
			jdbc.update("insert into ma_meeting (id, territory_id, event_id, title, held_on, starts_at, created_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?)", meeting, lyon, UUID.randomUUID(), tag,
					java.sql.Date.valueOf(java.time.LocalDate.now()), now, now);
			// the attendance probe names a volunteer that does not exist: the meeting's 404 comes first
			UUID volunteer = UUID.randomUUID();
			UUID subscription = UUID.randomUUID();
			java.time.LocalDate start = java.time.LocalDate.of(1900 + java.util.concurrent.ThreadLocalRandom.current()
				.nextInt(99), 1, 1);
			jdbc.update("insert into sub_subscription (id, territory_id, period_start, period_end, status, population,"
					+ " rate, currency, created_at, version) values (?, ?, ?, ?, 'ACTIVE', 1000, 0.25, 'EUR', ?, 0)",
					subscription, lyon, java.sql.Date.valueOf(start), java.sql.Date.valueOf(start.plusYears(1)
						.minusDays(1)), now);
			UUID invoice = UUID.randomUUID();
			jdbc.update("insert into sub_invoice (id, territory_id, subscription_id, number, issued_on, due_on, amount,"
					+ " currency, version) values (?, ?, ?, ?, ?, ?, 250.00, 'EUR', 0)", invoice, lyon, subscription,
					tag, java.sql.Date.valueOf(start), java.sql.Date.valueOf(start.plusDays(30)));
			frenchMeetingAndInvoice = new UUID[] { meeting, invoice, volunteer };
		}
		return frenchMeetingAndInvoice;
	}

	private void partnershipProbes(RelaisPrincipal as, Map<String, Function<FrenchData, RequestBuilder>> probes) {
		// probes of the partnership (issue 7) work: add them here
		UUID request = frenchPartnership();
		for (String action : List.of("review", "contract", "activate")) {
			probes.put("POST /admin/partnerships/{id}/" + action,
					f -> post("/admin/partnerships/{id}/" + action, request).with(user(as)).with(csrf()));
		}
		probes.put("POST /admin/partnerships/{id}/changes", f -> post("/admin/partnerships/{id}/changes", request)
			.param("message", "isolation-changes")
			.with(user(as))
			.with(csrf()));
		probes.put("POST /admin/partnerships/{id}/refuse", f -> post("/admin/partnerships/{id}/refuse", request)
			.param("reason", "isolation-refusal")
			.with(user(as))
			.with(csrf()));
		for (String read : List.of("", "/contract.pdf", "/signed")) {
			probes.put("GET /admin/partnerships/{id}" + read,
					f -> get("/admin/partnerships/{id}" + read, request).with(user(as)));
		}
	}

	private UUID frenchPartnership;

	/** A partnership request of Lyon with its contract sent (through the workflow), named "isolation-…". */
	private UUID frenchPartnership() {
		if (frenchPartnership == null) {
			var partnerships = context.getBean(org.relais.partnership.domain.Partnerships.class);
			var admin = new org.relais.partnership.domain.Partnerships.Actor(null, "isolation-admin");
			frenchPartnership = partnerships.submit(lyon, new org.relais.partnership.domain.Application(
					"isolation-partner " + UUID.randomUUID(), "ASSOCIATION", null, "1 rue isolation-", "69001",
					"isolation-town", "+33 4 00 00 00 00", "isolation-org@fr.example.org", null, "isolation-rep",
					"isolation-function", "isolation-rep@fr.example.org", "isolation-contact",
					"isolation-contact@fr.example.org", null, "fr", "isolation-activity"))
				.requestId();
			partnerships.startReview(lyon, frenchPartnership, admin);
			partnerships.sendContract(lyon, frenchPartnership, admin);
		}
		return frenchPartnership;
	}

	// end of partnership probes

}
