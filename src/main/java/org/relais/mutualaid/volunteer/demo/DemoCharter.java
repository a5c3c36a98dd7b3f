package org.relais.mutualaid.volunteer.demo;

import java.util.Map;

/**
 * The demo's volunteer charter in French, English, German and Italian: version 1 (seven articles) and version 2,
 * which adds the protection of the people's personal data.
 */
final class DemoCharter {

	private DemoCharter() {
	}

	private static final String[] FR = {
			"Charte du bénévole — entraide contre l’isolement",
			"1. Confidentialité. Ce que je vois ou entends chez une personne reste entre elle, moi et la coordination. Je n’en parle à personne d’autre, ni en ligne ni ailleurs.",
			"2. Respect. Je respecte les choix, le rythme, les convictions et l’intimité de la personne. J’arrive à l’heure convenue et je frappe avant d’entrer.",
			"3. Pas d’argent. Je n’accepte ni argent, ni cadeau de valeur, ni procuration. Les courses sont payées par la personne, ticket de caisse à l’appui, et je rends la monnaie.",
			"4. Sécurité. Je ne fais rien que je ne sais pas faire : pas de soins, pas de médicaments, pas de travaux risqués. En cas d’urgence, j’appelle le 15 ou le 112, puis la coordination.",
			"5. Signaler. Si je suis inquiet pour la personne (santé, maltraitance, isolement qui s’aggrave), je le signale à la coordination le jour même, sans chercher à régler seul la situation.",
			"6. Fiabilité. Je n’accepte que les missions que je peux tenir. Si je dois annuler, je préviens la coordination au plus tôt pour qu’un autre bénévole puisse venir.",
			"7. Cadre. J’agis au nom de l’association et du territoire, dans les limites de la mission acceptée ; je garde mes justificatifs à jour.",
			"8. Données personnelles. Je n’enregistre ni ne photographie rien de la personne ; je n’utilise ses coordonnées que pour la mission et je les oublie ensuite." };

	private static final String[] EN = {
			"Volunteer charter — mutual aid against isolation",
			"1. Confidentiality. What I see or hear at a person’s home stays between them, me and the coordinators. I tell no one else, online or elsewhere.",
			"2. Respect. I respect the person’s choices, pace, beliefs and privacy. I arrive at the agreed time and knock before entering.",
			"3. No money. I accept no money, no valuable gift and no power of attorney. Shopping is paid by the person, with the receipt, and I give back the change.",
			"4. Safety. I do nothing I am not able to do: no care, no medicines, no risky work. In an emergency I call 112, then the coordinators.",
			"5. Report concerns. If I am worried about the person (health, abuse, growing isolation), I tell the coordinators the same day, without trying to solve it alone.",
			"6. Reliability. I only accept missions I can keep. If I have to cancel, I tell the coordinators as early as possible so that another volunteer can go.",
			"7. Frame. I act on behalf of the association and the territory, within the mission I accepted; I keep my documents up to date.",
			"8. Personal data. I record and photograph nothing of the person; I use their contact details only for the mission and forget them afterwards." };

	private static final String[] DE = {
			"Charta für Freiwillige — gemeinsam gegen Einsamkeit",
			"1. Vertraulichkeit. Was ich bei einer Person sehe oder höre, bleibt zwischen ihr, mir und der Koordination. Ich erzähle es niemandem sonst, weder online noch anderswo.",
			"2. Respekt. Ich achte die Entscheidungen, das Tempo, die Überzeugungen und die Privatsphäre der Person. Ich komme zur vereinbarten Zeit und klopfe an, bevor ich eintrete.",
			"3. Kein Geld. Ich nehme weder Geld noch wertvolle Geschenke noch Vollmachten an. Einkäufe bezahlt die Person, mit Kassenzettel, und ich gebe das Wechselgeld zurück.",
			"4. Sicherheit. Ich tue nichts, was ich nicht kann: keine Pflege, keine Medikamente, keine gefährlichen Arbeiten. Im Notfall rufe ich 112 und dann die Koordination an.",
			"5. Sorgen melden. Mache ich mir Sorgen um die Person (Gesundheit, Misshandlung, zunehmende Einsamkeit), melde ich es noch am selben Tag der Koordination, ohne es allein lösen zu wollen.",
			"6. Verlässlichkeit. Ich nehme nur Einsätze an, die ich einhalten kann. Muss ich absagen, informiere ich die Koordination so früh wie möglich, damit jemand anderes kommen kann.",
			"7. Rahmen. Ich handle im Namen des Vereins und des Gebiets, im Rahmen des angenommenen Einsatzes; meine Nachweise halte ich aktuell.",
			"8. Personendaten. Ich zeichne nichts von der Person auf und fotografiere nichts; ihre Kontaktdaten nutze ich nur für den Einsatz und vergesse sie danach." };

	private static final String[] IT = {
			"Carta del volontario — aiuto reciproco contro l’isolamento",
			"1. Riservatezza. Ciò che vedo o sento a casa di una persona resta tra lei, me e il coordinamento. Non ne parlo con nessun altro, né online né altrove.",
			"2. Rispetto. Rispetto le scelte, i tempi, le convinzioni e l’intimità della persona. Arrivo all’ora concordata e busso prima di entrare.",
			"3. Niente denaro. Non accetto denaro, regali di valore né deleghe. La spesa la paga la persona, con lo scontrino, e restituisco il resto.",
			"4. Sicurezza. Non faccio nulla che non so fare: niente cure, niente medicinali, niente lavori rischiosi. In caso di emergenza chiamo il 112, poi il coordinamento.",
			"5. Segnalare. Se sono preoccupato per la persona (salute, maltrattamenti, isolamento che peggiora), lo segnalo al coordinamento il giorno stesso, senza cercare di risolvere da solo.",
			"6. Affidabilità. Accetto solo le missioni che posso mantenere. Se devo annullare, avviso il coordinamento il prima possibile perché possa andare un altro volontario.",
			"7. Quadro. Agisco a nome dell’associazione e del territorio, nei limiti della missione accettata; tengo aggiornati i miei documenti.",
			"8. Dati personali. Non registro né fotografo nulla della persona; uso i suoi recapiti solo per la missione e poi li dimentico." };

	static Map<String, String> version1() {
		return Map.of("fr", text(FR, 8), "en", text(EN, 8), "de", text(DE, 8), "it", text(IT, 8));
	}

	static Map<String, String> version2() {
		return Map.of("fr", text(FR, 9), "en", text(EN, 9), "de", text(DE, 9), "it", text(IT, 9));
	}

	private static String text(String[] lines, int count) {
		return String.join("\n\n", java.util.Arrays.copyOf(lines, count));
	}

}
