package org.relais.devices.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.relais.devices.DeviceState;
import org.relais.devices.DeviceType;
import org.relais.devices.Grade;
import org.relais.devices.KeyboardLayout;
import org.relais.devices.stock.Device;
import org.relais.devices.stock.DeviceSpecs;
import org.relais.devices.stock.DeviceStock;
import org.relais.devices.stock.Donation;
import org.relais.devices.stock.DonationDraft;
import org.relais.devices.stock.DonationRepository;
import org.relais.devices.stock.DonorKind;
import org.relais.devices.stock.ErasureDraft;
import org.relais.devices.stock.ErasureMethod;
import org.relais.devices.stock.StockDesk;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Zürich device stock of the demo, in German: three donations (a company, a public body, a private person who
 * reads French) and 32 devices taken in through the stock desk, in every stock state: 18 ready (10 laptops CH-de,
 * 3 CH-fr, 3 tablets, 2 phones, each with a verified erasure), some received, in refurbishment, recycled, rejected
 * and two returned from a partner. Nothing stays reserved or shipped: the shipments demo (order 60) brings its own
 * devices. Does nothing if the company's donation exists.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "relais.demo", havingValue = "true")
class DeviceStockDemoData implements ApplicationRunner {

	static final String COMPANY = "Limmat Treuhand AG";

	private static final Logger log = LoggerFactory.getLogger(DeviceStockDemoData.class);

	/** Identical devices of one donation and the states they end in, in order. */
	private record Lot(DeviceType type, String brand, String model, String code, String cpu, Integer ram,
			Integer storage, KeyboardLayout layout, List<DeviceState> ends) {
	}

	private final StockDesk desk;

	private final DeviceStock stock;

	private final DonationRepository donations;

	private final AccountDirectory accounts;

	private final TransactionTemplate tx;

	DeviceStockDemoData(StockDesk desk, DeviceStock stock, DonationRepository donations, AccountDirectory accounts,
			TransactionTemplate tx) {
		this.desk = desk;
		this.stock = stock;
		this.donations = donations;
		this.accounts = accounts;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<RelaisPrincipal> agent = accounts.findByEmail("agent@ch.demo.relais");
		if (agent.isEmpty() || agent.get().currentTerritoryId() == null) {
			return;
		}
		UUID zurich = agent.get().currentTerritoryId();
		if (!donations.findByTerritoryIdAndDonorName(zurich, COMPANY).isEmpty()) {
			return;
		}
		String verifier = accounts.findByEmail("coordinator@ch.demo.relais")
			.map(RelaisPrincipal::displayName)
			.orElse("Marco Keller");
		int made = tx.execute(s -> load(zurich, agent.get(), verifier));
		log.info("Demo device stock (Zürich): 3 donations, {} devices", made);
	}

	private int load(UUID zurich, RelaisPrincipal agent, String verifier) {
		LocalDate today = desk.today(zurich);
		UUID by = agent.userId();
		DeviceState ready = DeviceState.READY;
		DeviceState refurb = DeviceState.IN_REFURBISHMENT;
		DeviceState received = DeviceState.RECEIVED;
		Donation company = desk.recordDonation(zurich, new DonationDraft(DonorKind.COMPANY, COMPANY,
				"it@limmat-treuhand.example.ch", "+41 44 555 01 20", "de", today.minusDays(70),
				"Ersatz der Büroarbeitsplätze, Abholung durch uns."), by);
		Donation city = desk.recordDonation(zurich, new DonationDraft(DonorKind.PUBLIC_BODY,
				"Stadt Zürich, Organisation und Informatik", "geraete@oiz.example.ch", null, "de",
				today.minusDays(35), "Ausgemusterte Verwaltungsgeräte."), by);
		Donation person = desk.recordDonation(zurich, new DonationDraft(DonorKind.PERSON, "Claire Dubois",
				"claire.dubois@example.ch", null, "fr", today.minusDays(6), null), by);
		int made = 0;
		made += lot(zurich, company, new Lot(DeviceType.LAPTOP, "Lenovo", "ThinkPad T480", "T480", "Intel Core i5-8350U",
				8, 256, KeyboardLayout.CH_DE, List.of(ready, ready, ready, ready, ready, ready, ready, ready,
						DeviceState.RETURNED, DeviceState.RECYCLED)), agent, verifier);
		made += lot(zurich, company, new Lot(DeviceType.TABLET, "Apple", "iPad (7. Generation)", "IPAD7", "Apple A10",
				3, 32, null, List.of(ready, ready, ready)), agent, verifier);
		made += lot(zurich, city, new Lot(DeviceType.LAPTOP, "HP", "EliteBook 840 G5", "EB840", "Intel Core i5-8250U", 8,
				256, KeyboardLayout.CH_DE, List.of(ready, ready, refurb, refurb, refurb, DeviceState.REJECTED,
						DeviceState.RETURNED, DeviceState.RECYCLED)), agent, verifier);
		made += lot(zurich, city, new Lot(DeviceType.LAPTOP, "Dell", "Latitude 5490", "LAT5490", "Intel Core i5-8350U",
				8, 256, KeyboardLayout.CH_FR, List.of(ready, ready, ready, refurb)), agent, verifier);
		made += lot(zurich, city, new Lot(DeviceType.LAPTOP, "Lenovo", "ThinkPad L390", "L390", "Intel Core i5-8265U",
				8, 256, KeyboardLayout.CH_DE, List.of(received, received, received, received)), agent, verifier);
		made += lot(zurich, person, new Lot(DeviceType.PHONE, "Samsung", "Galaxy A52", "A52", null, 6, 128, null,
				List.of(ready, ready)), agent, verifier);
		made += lot(zurich, person, new Lot(DeviceType.LAPTOP, "Apple", "MacBook Air (2017)", "MBA17", "Intel Core i5",
				8, 128, KeyboardLayout.CH_FR, List.of(received)), agent, verifier);
		return made;
	}

	private int lot(UUID zurich, Donation donation, Lot lot, RelaisPrincipal agent, String verifier) {
		List<String> serials = new ArrayList<>();
		for (int i = 1; i <= lot.ends().size(); i++) {
			serials.add(String.format("DEMO-ZH-%s-%02d", lot.code(), i));
		}
		DeviceSpecs plain = new DeviceSpecs(lot.cpu(), lot.ram(), lot.storage(), lot.layout(), null, null, null, null,
				null, null, null, null);
		List<Device> devices = desk.intake(zurich, donation.getId(), lot.type(), lot.brand(), lot.model(), serials,
				plain, agent.userId());
		for (int i = 0; i < devices.size(); i++) {
			finish(zurich, donation, devices.get(i), lot, lot.ends().get(i), i, agent, verifier);
		}
		return devices.size();
	}

	/** Takes one device from RECEIVED to the state it ends in, as the workshop would. */
	private void finish(UUID zurich, Donation donation, Device device, Lot lot, DeviceState end, int index,
			RelaisPrincipal agent, String verifier) {
		UUID id = device.getId();
		UUID by = agent.userId();
		if (end == DeviceState.RECEIVED) {
			return;
		}
		Grade grade = Grade.values()[index % 3];
		boolean works = end != DeviceState.REJECTED && end != DeviceState.RECYCLED;
		boolean checked = end != DeviceState.IN_REFURBISHMENT || index % 2 == 0;
		Boolean ok = checked ? works : null;
		desk.describe(zurich, id, new DeviceSpecs(lot.cpu(), lot.ram(), lot.storage(), lot.layout(),
				works ? grade : Grade.E, ok, checked ? Boolean.TRUE : null, lot.layout() == null ? null : ok, ok, ok,
				checked ? Boolean.TRUE : null, works ? null : "Mainboard defekt, Reparatur lohnt sich nicht."));
		desk.move(zurich, id, DeviceState.IN_REFURBISHMENT, null, by);
		LocalDate erasedOn = donation.getReceivedOn().plusDays(2 + index % 4);
		if (end == DeviceState.REJECTED) {
			desk.move(zurich, id, DeviceState.REJECTED, "Gehäuse gebrochen und Mainboard defekt.", by);
			return;
		}
		if (end == DeviceState.RECYCLED) {
			desk.recordErasure(zurich, id, new ErasureDraft(ErasureMethod.PHYSICAL_DESTRUCTION, null,
					"Festplattenschredder", erasedOn, agent.displayName(), true, verifier, null), by);
			desk.move(zurich, id, DeviceState.RECYCLED, "Zur Verwertung an den Recyclingpartner.", by);
			return;
		}
		boolean verified = end != DeviceState.IN_REFURBISHMENT;
		if (end != DeviceState.IN_REFURBISHMENT || index % 2 == 1) {
			desk.recordErasure(zurich, id, erasure(lot.type(), erasedOn, agent.displayName(), verified, verifier), by);
		}
		if (end == DeviceState.IN_REFURBISHMENT) {
			return;
		}
		desk.move(zurich, id, DeviceState.READY, null, by);
		if (end == DeviceState.RETURNED) {
			// came back from a partner: the earlier trip, then the return (no order of today's demo is involved)
			Device d = desk.device(zurich, id);
			stock.move(d, DeviceState.RESERVED, by, "Demo: frühere Zuteilung");
			stock.move(d, DeviceState.SHIPPED, by, "Demo: frühere Sendung");
			stock.move(d, DeviceState.DELIVERED_TO_PARTNER, by, null);
			stock.move(d, DeviceState.RETURNED, by, "Von der Partnerorganisation zurückgegeben: wurde nicht gebraucht.");
		}
	}

	private static ErasureDraft erasure(DeviceType type, LocalDate on, String operator, boolean verified,
			String verifier) {
		return switch (type) {
			case LAPTOP -> new ErasureDraft(ErasureMethod.OVERWRITE, 1, "nwipe 0.34", on, operator, verified,
					verifier, null);
			case TABLET -> new ErasureDraft(ErasureMethod.CRYPTO_ERASE, null, "Apple Configurator (Alle Inhalte löschen)",
					on, operator, verified, verifier, null);
			case PHONE -> new ErasureDraft(ErasureMethod.CRYPTO_ERASE, null,
					"Android: verschlüsseltes Zurücksetzen auf Werkseinstellungen", on, operator, verified, verifier,
					null);
		};
	}

}
