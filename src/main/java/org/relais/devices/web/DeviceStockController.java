package org.relais.devices.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.relais.devices.DeviceRuleException;
import org.relais.devices.DeviceState;
import org.relais.devices.DeviceType;
import org.relais.devices.Grade;
import org.relais.devices.KeyboardLayout;
import org.relais.devices.stock.Device;
import org.relais.devices.stock.DeviceTransition;
import org.relais.devices.stock.StockDesk;
import org.relais.devices.stock.StockSearch;
import org.relais.devices.stock.ErasureMethod;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The device stock for the territory's staff: the filtered list with counts by state, the intake form (one device
 * or several identical ones, optionally from a donation), a device's page with its description, checks, erasure,
 * history and the buttons of the manual states.
 */
@Controller
class DeviceStockController {

	static final int PAGE_SIZE = 25;

	private final StockDesk desk;

	private final StockSearch search;

	private final StockPages pages;

	DeviceStockController(StockDesk desk, StockSearch search, StockPages pages) {
		this.desk = desk;
		this.search = search;
		this.pages = pages;
	}

	@InitBinder({ "intake", "specs" })
	void messages(WebDataBinder binder) {
		StockPages.typeMismatchMessages(binder, "devices.stock.typeMismatch.");
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("types", DeviceType.values());
		model.addAttribute("layouts", KeyboardLayout.values());
		model.addAttribute("grades", Grade.values());
		model.addAttribute("states", DeviceState.values());
		model.addAttribute("methods", ErasureMethod.values());
	}

	@GetMapping("/devices")
	String list(@RequestParam(required = false) String state, @RequestParam(required = false) String type,
			@RequestParam(required = false) String grade, @RequestParam(required = false) String layout,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		UUID territory = me.currentTerritoryId();
		StockSearch.Filter filter = new StockSearch.Filter(parse(state, DeviceState::valueOf),
				parse(type, DeviceType::valueOf), parse(grade, Grade::valueOf),
				parse(layout, KeyboardLayout::valueOf), q == null ? null : q.strip(), null);
		Page<Device> devices = search.find(territory, filter, PageRequest.of(Math.max(0, page), PAGE_SIZE));
		model.addAttribute("filter", filter);
		model.addAttribute("devices", devices);
		model.addAttribute("counts", search.countsByState(territory));
		return "devices/stock/list";
	}

	@GetMapping("/devices/new")
	String newForm(@RequestParam(required = false) UUID donation, Model model) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		DeviceIntakeForm form = new DeviceIntakeForm();
		if (donation != null) {
			desk.donation(me.currentTerritoryId(), donation);
			form.setDonation(donation);
		}
		model.addAttribute("intake", form);
		return intakePage(me, model);
	}

	@PostMapping("/devices")
	String intake(@Valid @ModelAttribute("intake") DeviceIntakeForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		UUID territory = me.currentTerritoryId();
		if (form.getDonation() != null) {
			desk.donation(territory, form.getDonation());
		}
		List<String> serials = form.serials();
		if (!result.hasFieldErrors("serialNumbers")) {
			serials.stream()
				.filter(s -> !s.matches(DeviceIntakeForm.SERIAL))
				.findFirst()
				.ifPresent(s -> result.rejectValue("serialNumbers", "devices.stock.validation.serialFormat",
						new Object[] { s }, null));
		}
		if (!result.hasFieldErrors("serialNumbers") && !result.hasFieldErrors("quantity")
				&& serials.size() != form.getQuantity()) {
			result.rejectValue("serialNumbers", "devices.stock.validation.serialLines",
					new Object[] { form.getQuantity(), serials.size() }, null);
		}
		if (form.getType() != null && form.getType().hasKeyboard() && form.getKeyboardLayout() == null
				&& !result.hasFieldErrors("keyboardLayout")) {
			result.rejectValue("keyboardLayout", "devices.stock.error.layoutRequired");
		}
		if (!result.hasErrors()) {
			try {
				List<Device> added = desk.intake(territory, form.getDonation(), form.getType(), form.getBrand(),
						form.getModel(), serials, form.toSpecs(), me.userId());
				redirect.addFlashAttribute("flash", "devices.stock.flash.added");
				if (added.size() == 1) {
					return "redirect:/devices/" + added.get(0).getId();
				}
				return form.getDonation() != null ? "redirect:/devices/donations/" + form.getDonation()
						: "redirect:/devices?state=RECEIVED";
			}
			catch (DeviceRuleException ex) {
				StockPages.reject(result, ex);
			}
		}
		response.setStatus(422);
		return intakePage(me, model);
	}

	@GetMapping("/devices/{id}")
	String show(@PathVariable UUID id, Model model) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		Device device = desk.device(me.currentTerritoryId(), id);
		if (!model.containsAttribute("specs")) {
			model.addAttribute("specs", DeviceSpecsForm.of(device));
		}
		return devicePage(device, model);
	}

	@PostMapping("/devices/{id}/specs")
	String describe(@PathVariable UUID id, @Valid @ModelAttribute("specs") DeviceSpecsForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		Device device = desk.device(me.currentTerritoryId(), id);
		if (!result.hasErrors()) {
			try {
				desk.describe(me.currentTerritoryId(), id, form.toSpecs());
				redirect.addFlashAttribute("flash", "devices.stock.flash.described");
				return "redirect:/devices/" + id;
			}
			catch (DeviceRuleException ex) {
				StockPages.reject(result, ex);
			}
		}
		response.setStatus(422);
		return devicePage(device, model);
	}

	@PostMapping("/devices/{id}/move")
	String move(@PathVariable UUID id, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String note, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		Device device = desk.device(me.currentTerritoryId(), id);
		DeviceState target = parse(to, DeviceState::valueOf);
		try {
			if (target == null || note.length() > 500) {
				throw new DeviceRuleException("note", note.length() > 500 ? "platform.validation.tooLong"
						: "devices.stock.error.unknownState");
			}
			desk.move(me.currentTerritoryId(), id, target, note, me.userId());
			redirect.addFlashAttribute("flash", "devices.stock.flash.moved");
			return "redirect:/devices/" + id;
		}
		catch (DeviceRuleException ex) {
			model.addAttribute("moveError", ex);
			model.addAttribute("moveTarget", target);
			model.addAttribute("moveNote", note);
			model.addAttribute("specs", DeviceSpecsForm.of(device));
			response.setStatus(422);
			return devicePage(device, model);
		}
	}

	private String intakePage(RelaisPrincipal me, Model model) {
		DeviceIntakeForm form = (DeviceIntakeForm) model.getAttribute("intake");
		if (form != null && form.getDonation() != null) {
			model.addAttribute("donation", desk.donation(me.currentTerritoryId(), form.getDonation()));
		}
		model.addAttribute("maxBatch", StockDesk.MAX_BATCH);
		return "devices/stock/intake";
	}

	private String devicePage(Device device, Model model) {
		List<DeviceTransition> history = desk.history(device.getId());
		model.addAttribute("device", device);
		model.addAttribute("history", history);
		model.addAttribute("names", pages.names(history.stream().map(DeviceTransition::getByUser).toList()));
		model.addAttribute("erasure", desk.erasure(device.getId()).orElse(null));
		model.addAttribute("donation", pages.donationOf(device));
		model.addAttribute("editable", StockDesk.EDITABLE.contains(device.getState()));
		model.addAttribute("erasable", StockDesk.ERASABLE.contains(device.getState()));
		model.addAttribute("nextStates", Arrays.stream(DeviceState.values())
			.filter(s -> StockDesk.MANUAL.contains(s) && device.getState().canGoTo(s))
			.toList());
		model.addAttribute("zone", java.time.ZoneId.of(pages.territory(CurrentUser.require()).timeZone()));
		return "devices/stock/device";
	}

	static <E> E parse(String value, Function<String, E> valueOf) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return valueOf.apply(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
