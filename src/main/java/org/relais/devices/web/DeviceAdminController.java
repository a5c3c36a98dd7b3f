package org.relais.devices.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.relais.devices.DeviceCategory;
import org.relais.devices.DeviceRuleException;
import org.relais.devices.routing.DeviceRouting;
import org.relais.devices.settings.DeviceProgramme;
import org.relais.devices.settings.DeviceSettings;
import org.relais.devices.settings.DeviceSettingsRepository;
import org.relais.directory.DirectoryCatalog;
import org.relais.platform.AuditAction;
import org.relais.platform.AuditLog;
import org.relais.platform.RelaisPrincipal;
import org.relais.territory.TerritoryCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The territory admin's side of the device programme: its settings (price per device, automatic routing, shipment
 * cadence) and the routing rules (which partner organisation takes which categories, where, how many at once).
 */
@Controller
class DeviceAdminController {

	private final DeviceProgramme programme;

	private final DeviceSettingsRepository settings;

	private final DeviceRouting routing;

	private final DirectoryCatalog directory;

	private final TerritoryCatalog territories;

	private final AuditLog audit;

	private final java.time.Clock clock;

	DeviceAdminController(DeviceProgramme programme, DeviceSettingsRepository settings, DeviceRouting routing,
			DirectoryCatalog directory, TerritoryCatalog territories, AuditLog audit, java.time.Clock clock) {
		this.clock = clock;
		this.programme = programme;
		this.settings = settings;
		this.routing = routing;
		this.directory = directory;
		this.territories = territories;
		this.audit = audit;
	}

	@GetMapping("/admin/devices/settings")
	String settings(Model model) {
		RelaisPrincipal me = DevicesAccess.requireAdmin();
		model.addAttribute("form", DeviceSettingsForm.of(programme.settings(me.currentTerritoryId())));
		return settingsPage(model);
	}

	@PostMapping("/admin/devices/settings")
	@Transactional
	String saveSettings(@ModelAttribute("form") DeviceSettingsForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		RelaisPrincipal me = DevicesAccess.requireAdmin();
		if (form.priceValue() == null) {
			errors.rejectValue("price", "devices.settings.error.price");
		}
		if (form.currencyValue() == null) {
			errors.rejectValue("currency", "devices.settings.error.currency");
		}
		if (form.cadenceValue() == null) {
			errors.rejectValue("cadenceWeeks", "devices.settings.error.cadence");
		}
		if (form.cutoffValue() == null) {
			errors.rejectValue("cutoffWeekday", "devices.settings.error.weekday");
		}
		if (errors.hasErrors()) {
			return settingsPage(model);
		}
		DeviceSettings s = programme.settings(me.currentTerritoryId());
		s.change(form.priceValue(), form.currencyValue(), form.isAutoRoute(), form.cadenceValue(),
				form.cutoffValue(), me.userId(), clock.instant());
		settings.save(s);
		audit.record(AuditAction.TERRITORY_SETTINGS_CHANGED, "device-settings",
				"price=" + form.priceValue() + " " + form.currencyValue() + " autoRoute=" + form.isAutoRoute()
						+ " every=" + form.cadenceValue() + "w cutoff=" + form.cutoffValue());
		flash.addFlashAttribute("flash", "devices.settings.saved");
		return "redirect:/admin/devices/settings";
	}

	private String settingsPage(Model model) {
		model.addAttribute("weekdays", List.of("1", "2", "3", "4", "5", "6", "7"));
		return "devices/admin-settings";
	}

	@GetMapping("/admin/devices/routing")
	String routing(@RequestParam(name = "organisation", required = false) String organisation, Model model) {
		RelaisPrincipal me = DevicesAccess.requireAdmin();
		RoutingRuleForm form = new RoutingRuleForm();
		if (organisation != null) {
			UUID id = DevicesWeb.uuid(organisation);
			form = routing.rules(me.currentTerritoryId(), me.language())
				.stream()
				.filter(r -> r.organisationId().equals(id))
				.findFirst()
				.map(RoutingRuleForm::of)
				.orElseGet(() -> {
					RoutingRuleForm f = new RoutingRuleForm();
					f.setOrganisationId(organisation);
					return f;
				});
		}
		model.addAttribute("form", form);
		return routingPage(me, model);
	}

	@PostMapping("/admin/devices/routing")
	String saveRule(@ModelAttribute("form") RoutingRuleForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		RelaisPrincipal me = DevicesAccess.requireAdmin();
		UUID organisation = DevicesWeb.uuid(form.getOrganisationId());
		Set<DeviceCategory> categories = EnumSet.noneOf(DeviceCategory.class);
		for (String c : form.getCategories()) {
			DeviceCategory parsed = DeviceOrderForm.parse(DeviceCategory.class, c);
			if (parsed == null) {
				errors.rejectValue("categories", "devices.routing.error.categories");
			}
			else {
				categories.add(parsed);
			}
		}
		Integer capacity = DeviceOrderForm.number(form.getCapacity());
		if (organisation == null) {
			errors.rejectValue("organisationId", "devices.routing.error.organisation");
		}
		if (capacity == null || capacity < 1 || capacity > 10000) {
			errors.rejectValue("capacity", "devices.routing.error.capacity");
		}
		if (categories.isEmpty() && !errors.hasFieldErrors("categories")) {
			errors.rejectValue("categories", "devices.routing.error.categories");
		}
		if (!errors.hasErrors()) {
			try {
				routing.save(me.currentTerritoryId(), organisation, categories,
						new LinkedHashSet<>(form.getAreas()), capacity, form.isActive(), me.userId());
			}
			catch (DeviceRuleException e) {
				DeviceRuleErrors.reject(errors, e);
			}
		}
		if (errors.hasErrors()) {
			return routingPage(me, model);
		}
		audit.record(AuditAction.TERRITORY_SETTINGS_CHANGED, "device-routing",
				"organisation=" + organisation + " categories=" + categories + " areas=" + form.getAreas()
						+ " capacity=" + capacity + " active=" + form.isActive());
		flash.addFlashAttribute("flash", "devices.routing.saved");
		return "redirect:/admin/devices/routing";
	}

	private String routingPage(RelaisPrincipal me, Model model) {
		UUID territory = me.currentTerritoryId();
		model.addAttribute("rules", routing.rules(territory, me.language()));
		model.addAttribute("organisations", directory.organisations(territory, me.language()));
		model.addAttribute("areas", territories.areas(territory));
		model.addAttribute("categories", Arrays.stream(DeviceCategory.values()).map(Enum::name).toList());
		return "devices/admin-routing";
	}

}
