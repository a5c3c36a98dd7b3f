package org.relais.territory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.relais.platform.CurrentUser;
import org.relais.platform.DashboardCard;
import org.relais.platform.DashboardContributor;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.platform.UserSession;
import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in home page (one section per role held), the territory overview, and switching territory. */
@Controller
class HomeController {

	private final TerritoryCatalog territories;

	private final List<DashboardContributor> contributors;

	private final UserSession session;

	HomeController(TerritoryCatalog territories, List<DashboardContributor> contributors, UserSession session) {
		this.territories = territories;
		this.contributors = contributors;
		this.session = session;
	}

	@GetMapping("/home")
	String home(Model model, Locale locale) {
		RelaisPrincipal me = CurrentUser.require();
		List<DashboardCard> cards = new ArrayList<>();
		for (DashboardContributor c : contributors) {
			cards.addAll(c.cardsFor(me));
		}
		model.addAttribute("cards", cards);
		model.addAttribute("roles", me.roles().stream().sorted().toList());
		model.addAttribute("territory", me.currentTerritoryId() == null ? null
				: territories.find(me.currentTerritoryId()).orElse(null));
		model.addAttribute("lang", Languages.of(locale));
		return "territory/home";
	}

	@GetMapping("/territory")
	String overview(Model model, Locale locale) {
		UUID id = CurrentUser.territoryId();
		TerritorySummary t = territories.find(id).orElseThrow(() -> NotFoundException.of("territory", id));
		model.addAttribute("territory", t);
		model.addAttribute("areas", territories.areas(id));
		model.addAttribute("lang", Languages.of(locale));
		return "territory/overview";
	}

	@PostMapping("/territory/switch")
	String switchTerritory(@RequestParam(required = false) String territory, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes flash) {
		UUID id;
		try {
			id = UUID.fromString(territory == null ? "" : territory);
		}
		catch (IllegalArgumentException ex) {
			throw NotFoundException.of("territory", territory);
		}
		if (CurrentUser.require().membership(id).isEmpty()) {
			throw NotFoundException.of("territory", id);
		}
		session.refresh(request, response, id);
		flash.addFlashAttribute("flash", "territory.switch.done");
		return "redirect:/home";
	}

	/** Role cards of the territory module. */
	@org.springframework.stereotype.Component
	static class RoleCards implements DashboardContributor {

		private final org.relais.territory.domain.Members members;

		private final org.relais.territory.domain.Invitations invitations;

		RoleCards(org.relais.territory.domain.Members members, org.relais.territory.domain.Invitations invitations) {
			this.members = members;
			this.invitations = invitations;
		}

		@Override
		public List<DashboardCard> cardsFor(RelaisPrincipal user) {
			List<DashboardCard> cards = new ArrayList<>();
			UUID t = user.currentTerritoryId();
			if (t == null) {
				return cards;
			}
			if (user.hasAny(Role.TERRITORY_ADMIN, Role.COORDINATOR)) {
				var list = members.list(t);
				long withoutTwoFactor = list.stream().filter(m -> !m.twoFactor()).count();
				cards.add(new DashboardCard("territory.home.card.team.title", "territory.home.card.team.body",
						List.of(list.size(), invitations.pending(t).size(), withoutTwoFactor),
						user.has(Role.TERRITORY_ADMIN) ? "/admin/users" : null,
						user.has(Role.TERRITORY_ADMIN) ? "territory.home.card.team.link" : null));
			}
			cards.add(new DashboardCard("territory.home.card.territory.title", "territory.home.card.territory.body",
					List.of(), "/territory", "territory.home.card.territory.link"));
			return cards;
		}

	}

}
