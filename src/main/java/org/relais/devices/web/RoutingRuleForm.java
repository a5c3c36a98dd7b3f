package org.relais.devices.web;

import java.util.ArrayList;
import java.util.List;

import org.relais.devices.routing.DeviceRouting;

/** An organisation's routing rule as the admin sets it. */
public class RoutingRuleForm {

	private String organisationId;

	private List<String> categories = new ArrayList<>();

	private List<String> areas = new ArrayList<>();

	private String capacity = "10";

	private boolean active = true;

	static RoutingRuleForm of(DeviceRouting.RuleView r) {
		RoutingRuleForm f = new RoutingRuleForm();
		f.organisationId = r.organisationId().toString();
		f.categories = new ArrayList<>(r.categories().stream().map(Enum::name).toList());
		f.areas = new ArrayList<>(r.areaCodes());
		f.capacity = String.valueOf(r.capacity());
		f.active = r.active();
		return f;
	}

	public String getOrganisationId() {
		return organisationId;
	}

	public void setOrganisationId(String organisationId) {
		this.organisationId = organisationId;
	}

	public List<String> getCategories() {
		return categories;
	}

	public void setCategories(List<String> categories) {
		this.categories = categories == null ? new ArrayList<>() : categories;
	}

	public List<String> getAreas() {
		return areas;
	}

	public void setAreas(List<String> areas) {
		this.areas = areas == null ? new ArrayList<>() : areas;
	}

	public String getCapacity() {
		return capacity;
	}

	public void setCapacity(String capacity) {
		this.capacity = capacity;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
