package org.relais.bench;

import java.util.List;

/**
 * Real communes of the two demo territories (official code, postal codes, centre, population) and real-looking
 * street names, to place generated locations where people live: the Métropole de Lyon (INSEE codes) and the
 * Kanton Zürich (BFS numbers).
 */
final class Places {

	record Commune(String code, String name, String[] postalCodes, double lat, double lon, int population) {
	}

	static final List<Commune> LYON = List.of(
			c("69123", "Lyon", 45.7640, 4.8357, 522_250, "69001", "69002", "69003", "69004", "69005", "69006", "69007",
					"69008", "69009"),
			c("69266", "Villeurbanne", 45.7719, 4.8902, 156_928, "69100"),
			c("69259", "Vénissieux", 45.6975, 4.8867, 67_129, "69200"),
			c("69256", "Vaulx-en-Velin", 45.7787, 4.9217, 52_491, "69120"),
			c("69029", "Bron", 45.7386, 4.9135, 42_941, "69500"),
			c("69290", "Saint-Priest", 45.6960, 4.9440, 48_220, "69800"),
			c("69034", "Caluire-et-Cuire", 45.7950, 4.8460, 43_540, "69300"),
			c("69286", "Rillieux-la-Pape", 45.8200, 4.8980, 31_380, "69140"),
			c("69149", "Oullins-Pierre-Bénite", 45.7140, 4.8080, 37_000, "69600", "69310"),
			c("69275", "Décines-Charpieu", 45.7690, 4.9590, 28_970, "69150"),
			c("69282", "Meyzieu", 45.7670, 5.0040, 35_390, "69330"),
			c("69199", "Saint-Fons", 45.7080, 4.8530, 19_610, "69190"),
			c("69244", "Tassin-la-Demi-Lune", 45.7630, 4.7800, 22_650, "69160"),
			c("69081", "Écully", 45.7740, 4.7770, 18_790, "69130"),
			c("69202", "Sainte-Foy-lès-Lyon", 45.7340, 4.7940, 22_110, "69110"),
			c("69204", "Saint-Genis-Laval", 45.6950, 4.7930, 21_320, "69230"),
			c("69091", "Givors", 45.5900, 4.7690, 20_480, "69700"),
			c("69276", "Feyzin", 45.6720, 4.8580, 10_090, "69320"),
			c("69273", "Corbas", 45.6680, 4.9020, 11_150, "69960"),
			c("69271", "Chassieu", 45.7440, 4.9660, 10_560, "69680"),
			c("69143", "Neuville-sur-Saône", 45.8760, 4.8410, 7_600, "69250"),
			c("69089", "Francheville", 45.7360, 4.7640, 15_100, "69340"),
			c("69283", "Mions", 45.6630, 4.9530, 13_560, "69780"));

	static final List<Commune> ZURICH = List.of(
			c("261", "Zürich", 47.3769, 8.5417, 427_721, "8001", "8003", "8004", "8005", "8006", "8008", "8037", "8045",
					"8046", "8050", "8051", "8055"),
			c("230", "Winterthur", 47.4988, 8.7237, 120_376, "8400", "8404", "8405", "8406"),
			c("198", "Uster", 47.3471, 8.7209, 36_290, "8610"),
			c("191", "Dübendorf", 47.3972, 8.6188, 30_840, "8600"),
			c("243", "Dietikon", 47.4050, 8.4000, 28_000, "8953"),
			c("293", "Wädenswil", 47.2300, 8.6720, 24_700, "8820"),
			c("295", "Horgen", 47.2590, 8.5980, 23_300, "8810"),
			c("53", "Bülach", 47.5210, 8.5400, 22_500, "8180"),
			c("62", "Kloten", 47.4510, 8.5850, 21_100, "8302"),
			c("121", "Wetzikon", 47.3260, 8.7980, 25_700, "8620"),
			c("66", "Opfikon", 47.4320, 8.5720, 21_000, "8152"),
			c("247", "Schlieren", 47.3960, 8.4470, 20_400, "8952"),
			c("141", "Thalwil", 47.2920, 8.5630, 18_500, "8800"),
			c("131", "Adliswil", 47.3100, 8.5250, 19_200, "8134"),
			c("96", "Regensdorf", 47.4340, 8.4690, 18_900, "8105"),
			c("199", "Volketswil", 47.3900, 8.6900, 19_300, "8604"),
			c("69", "Wallisellen", 47.4150, 8.5960, 16_800, "8304"),
			c("296", "Illnau-Effretikon", 47.4080, 8.6900, 17_800, "8307"),
			c("154", "Küsnacht", 47.3180, 8.5830, 14_700, "8700"),
			c("156", "Meilen", 47.2700, 8.6430, 14_500, "8706"));

	static final String[] STREETS_FR = { "rue de la République", "avenue Jean Jaurès", "rue Paul Bert",
			"cours Émile Zola", "rue Garibaldi", "boulevard des États-Unis", "rue Victor Hugo", "rue Marius Berliet",
			"avenue Berthelot", "rue du Professeur Beauvisage", "grande rue de la Guillotière", "rue Pasteur",
			"avenue Roger Salengro", "rue Anatole France", "rue Francis de Pressensé", "avenue Franklin Roosevelt",
			"rue Jean Moulin", "place du Marché", "rue de la Gare", "chemin des Écoliers", "rue Gabriel Péri",
			"montée de la Grande Côte", "quai Perrache", "rue Saint-Jean", "avenue du 8 Mai 1945" };

	static final String[] STREETS_DE = { "Bahnhofstrasse", "Langstrasse", "Badenerstrasse", "Seefeldstrasse",
			"Birmensdorferstrasse", "Hohlstrasse", "Stauffacherstrasse", "Schaffhauserstrasse", "Winterthurerstrasse",
			"Dorfstrasse", "Kirchgasse", "Zürichstrasse", "Technikumstrasse", "Marktgasse", "Friesenbergstrasse",
			"Wehntalerstrasse", "Hardstrasse", "Josefstrasse", "Limmatstrasse", "Rosengartenstrasse", "Seestrasse",
			"Poststrasse", "Schulhausstrasse", "Industriestrasse", "Florastrasse" };

	private static Commune c(String code, String name, double lat, double lon, int population, String... postal) {
		return new Commune(code, name, postal, lat, lon, population);
	}

	private Places() {
	}

}
