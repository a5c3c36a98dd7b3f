/**
 * Mutual aid against isolation (Bip Pop): volunteers who sign the territory's charter and show their proof documents,
 * associations that answer requests and vouch for their members, action requests taken at the desk and dispatched to
 * eligible volunteers, carpooling to events, volunteer meetings. Core records and rules: {@code volunteer}
 * (Volunteer, absences), {@code charter} (versioned Charter and signatures), {@code proof} (ProofType, ProofDocument),
 * {@code association} (AssociationProfile), {@code action} (ActionRequest, ActionAssignment), {@code settings}
 * (MutualAidSettings per territory) and {@link org.relais.mutualaid.VolunteerReadiness} (who may take which action
 * now), shared by the volunteer pages, the dispatch and carpooling.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mutual aid",
		allowedDependencies = { "agenda", "desk", "directory", "people", "platform", "referral", "shared",
				"territory" })
package org.relais.mutualaid;
