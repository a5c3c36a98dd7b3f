package org.relais.people;

import java.util.List;

/**
 * The fictional people of the demo territories, by the name {@link People#search} finds them with ("first last"),
 * so that other modules' demo data (referrals, pathways) can find them. Loaded by the people demo data when
 * {@code relais.demo=true}.
 */
public final class DemoPeople {

	/** Métropole de Lyon. */
	public static final List<String> LYON = List.of("Nadia Benali", "Jean-Pierre Morel", "Sophie Lambert",
			"Karim Haddad", "Élodie Fournier", "Mamadou Diallo", "Lucie Girard", "Thomas Roux", "Aïcha Mansouri",
			"Bernard Petit", "Inès Carvalho", "Hugo Lefèvre", "Fatou Ndiaye", "Marcel Dupuis");

	/** Kanton Zürich. */
	public static final List<String> ZURICH = List.of("Ursula Meier", "Beat Keller", "Giulia Bernasconi",
			"Luca Ferrari", "Selin Yilmaz", "Dawit Tesfaye");

	private DemoPeople() {
	}

}
