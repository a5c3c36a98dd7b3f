package org.relais.devices.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.relais.devices.DeviceRuleException;
import org.relais.devices.stock.Device;
import org.relais.devices.stock.Donation;
import org.relais.devices.stock.StockDesk;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;

/** What the stock pages share: rule messages on forms, names of who did what, documents' language, PDF answers. */
@Component
class StockPages {

	private final AccountDirectory accounts;

	private final TerritoryCatalog territories;

	private final StockDesk desk;

	StockPages(AccountDirectory accounts, TerritoryCatalog territories, StockDesk desk) {
		this.accounts = accounts;
		this.territories = territories;
		this.desk = desk;
	}

	/** A number or a date that does not convert gets a translated message ({@code <prefix><field>}, else invalid). */
	static void typeMismatchMessages(WebDataBinder binder, String prefix) {
		binder.setMessageCodesResolver(new DefaultMessageCodesResolver() {
			@Override
			public String[] resolveMessageCodes(String errorCode, String objectName, String field,
					Class<?> fieldType) {
				if ("typeMismatch".equals(errorCode)) {
					return new String[] { prefix + field, "platform.validation.invalid" };
				}
				return super.resolveMessageCodes(errorCode, objectName, field, fieldType);
			}
		});
	}

	/** A refusal of the rules, next to its field when the form has it, else on top of the form. */
	static void reject(BindingResult result, DeviceRuleException ex) {
		Object target = result.getTarget();
		if (ex.field() != null && target != null && new BeanWrapperImpl(target).isReadableProperty(ex.field())) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.args(), ex.messageKey());
		}
		else {
			result.reject(ex.messageKey(), ex.args(), ex.messageKey());
		}
	}

	/** Display names of users by id (history, records); an unknown id is left out. */
	Map<UUID, String> names(Collection<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		for (UUID id : ids) {
			if (id != null && !names.containsKey(id)) {
				accounts.findById(id).ifPresent(p -> names.put(id, p.displayName()));
			}
		}
		return names;
	}

	TerritorySummary territory(RelaisPrincipal me) {
		return territories.find(me.currentTerritoryId())
			.orElseThrow(() -> NotFoundException.of("territory", me.currentTerritoryId()));
	}

	/** The language of a donor's documents: the donation's, else the territory's default. */
	static Locale documentLocale(Donation donation, TerritorySummary territory) {
		String language = donation != null && Languages.isSupported(donation.getDonorLanguage())
				? donation.getDonorLanguage() : territory.defaultLanguage();
		return Languages.locale(Languages.isSupported(language) ? language : Languages.DEFAULT);
	}

	/** The donation a device came with, if any (same territory). */
	Donation donationOf(Device device) {
		return device.getDonationId() == null ? null : desk.donation(device.getTerritoryId(), device.getDonationId());
	}

	static ResponseEntity<byte[]> pdf(String filename, byte[] body) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
			.body(body);
	}

}
