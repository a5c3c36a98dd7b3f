package org.relais.desk.demo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.relais.desk.Channel;
import org.relais.desk.DeskRequestType;
import org.relais.desk.DeskStatus;
import org.relais.desk.domain.DeskRequest;
import org.relais.desk.domain.DeskRequestRepository;
import org.relais.desk.domain.DeskRequests;
import org.relais.desk.domain.DeskTypes;
import org.relais.people.BeneficiarySummary;
import org.relais.people.DemoPeople;
import org.relais.people.People;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo desk requests in Zürich (German) and Lyon (French): orientations taken by phone, at the counter and by
 * mail, in progress, waiting and done, one overdue, and one sent through the public web form waiting for triage.
 * The first request's note marks the demo: when it exists in the territory, a restart adds nothing.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "relais.demo", havingValue = "true")
class DeskDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DeskDemoData.class);

	/** One demo request: whose, how it came, what happened, how late. */
	private record Demo(String person, Channel channel, DeskStatus status, String note, int dueShiftDays) {
	}

	private final DeskRequests requests;

	private final DeskRequestRepository repository;

	private final DeskTypes types;

	private final People people;

	private final AccountDirectory accounts;

	DeskDemoData(DeskRequests requests, DeskRequestRepository repository, DeskTypes types, People people,
			AccountDirectory accounts) {
		this.requests = requests;
		this.repository = repository;
		this.types = types;
		this.people = people;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		int made = territory("agent@ch.demo.relais", List.of(
				new Demo(DemoPeople.ZURICH.get(0), Channel.PHONE, DeskStatus.IN_PROGRESS,
						"Sucht Unterstützung bei Online-Formularen der Gemeinde.", 0),
				new Demo(DemoPeople.ZURICH.get(1), Channel.WALK_IN, DeskStatus.WAITING,
						"Bringt nächste Woche die Unterlagen vom RAV mit.", 0),
				new Demo(DemoPeople.ZURICH.get(2), Channel.EMAIL, DeskStatus.IN_PROGRESS,
						"Braucht einen Deutschkurs in der Nähe.", -3),
				new Demo(DemoPeople.ZURICH.get(3), Channel.PHONE, DeskStatus.DONE,
						"An das Quartierzentrum vermittelt.", 0)),
				new DeskRequest.WebContact("Hans Muster", "044 000 00 01", null, "8004", "device",
						"Ich brauche einen Laptop für die Stellensuche und die Bewerbungen.", "de"));
		made += territory("agent@demo.relais", List.of(
				new Demo(DemoPeople.LYON.get(0), Channel.PHONE, DeskStatus.IN_PROGRESS,
						"Cherche un accompagnement pour ses démarches en ligne.", 0),
				new Demo(DemoPeople.LYON.get(1), Channel.WALK_IN, DeskStatus.WAITING,
						"Revient avec son avis d’imposition.", 0),
				new Demo(DemoPeople.LYON.get(2), Channel.PARTNER, DeskStatus.IN_PROGRESS,
						"Signalée par le centre social : besoin d’un atelier numérique.", -2)),
				new DeskRequest.WebContact("Camille Martin", "06 00 00 00 02", null, "69003", "orientation",
						"Je voudrais de l’aide pour créer mon adresse e-mail.", "fr"));
		if (made > 0) {
			log.info("Demo desk requests: {} territories", made);
		}
	}

	private int territory(String agentEmail, List<Demo> demos, DeskRequest.WebContact web) {
		Optional<RelaisPrincipal> agent = accounts.findByEmail(agentEmail);
		if (agent.isEmpty() || agent.get().currentTerritoryId() == null) {
			return 0;
		}
		UUID territory = agent.get().currentTerritoryId();
		Optional<DeskRequestType> orientation = types.find(territory, "orientation");
		if (orientation.isEmpty() || repository.existsByTerritoryIdAndSummary(territory, demos.get(0).note())) {
			return 0;
		}
		UUID me = agent.get().userId();
		for (Demo d : demos) {
			Optional<BeneficiarySummary> person = person(territory, d.person());
			if (person.isEmpty()) {
				continue;
			}
			DeskRequest r = requests.take(territory, orientation.get(), person.get().id(), d.channel(), java.util.Map.of(),
					null, d.note(), me).request();
			if (d.status() != r.getStatus()) {
				requests.changeStatus(r, d.status(), null, me);
			}
			if (d.dueShiftDays() != 0) {
				requests.due(r, requests.today(territory).plusDays(d.dueShiftDays()), me);
			}
		}
		requests.takeFromWeb(territory, web);
		return 1;
	}

	private Optional<BeneficiarySummary> person(UUID territory, String name) {
		return people.search(territory, name.substring(name.indexOf(' ') + 1), 10)
			.stream()
			.filter(p -> name.equals(p.firstName() + " " + p.lastName()))
			.findFirst();
	}

}
