package org.relais.devices.dashboard;

import java.util.Locale;

import org.relais.devices.web.DevicesAccess;
import org.relais.platform.RelaisPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /devices/dashboard}: the programme's figures for the staff of the territory. */
@Controller
class DashboardController {

	private final ProgrammeFigures figures;

	DashboardController(ProgrammeFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/devices/dashboard")
	String dashboard(Model model, Locale locale) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		model.addAttribute("figures", figures.of(me.currentTerritoryId(), locale.getLanguage()));
		model.addAttribute("categories", org.relais.devices.DeviceCategory.values());
		model.addAttribute("grades", org.relais.devices.Grade.values());
		return "devices/dashboard";
	}

}
