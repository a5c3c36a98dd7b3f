package org.relais.mutualaid.association.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.relais.mutualaid.ActionType;

/** The association's part in mutual aid: whether it takes part and the action types it answers. */
public class AssociationForm {

	private boolean active;

	private List<String> actionTypes = new ArrayList<>();

	Set<ActionType> types() {
		Set<ActionType> out = EnumSet.noneOf(ActionType.class);
		for (String t : actionTypes) {
			for (ActionType a : ActionType.values()) {
				if (a.name().equals(t)) {
					out.add(a);
				}
			}
		}
		return out;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public List<String> getActionTypes() {
		return actionTypes;
	}

	public void setActionTypes(List<String> actionTypes) {
		this.actionTypes = actionTypes == null ? new ArrayList<>() : actionTypes;
	}

}
