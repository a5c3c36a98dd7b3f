package org.relais.devices.routing;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.relais.devices.DeviceCategory;
import org.relais.devices.DeviceRuleException;

/**
 * What a partner organisation takes in the device programme, as the territory admin set it: the categories of
 * requests, the areas (reference area codes of the territory; none: the whole territory), the capacity (how many
 * open requests, from routed until received, it can hold) and whether the rule is in force. One rule per
 * organisation and territory.
 */
@Entity
@Table(name = "dev_routing_rule")
public class RoutingRule {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	/** Category names separated by commas. */
	@Column(nullable = false, length = 100)
	private String categories;

	/** Area codes separated by commas, or null for the whole territory. */
	@Column(length = 2000)
	private String areas;

	@Column(nullable = false)
	private int capacity;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by")
	private UUID updatedBy;

	@Version
	private long version;

	protected RoutingRule() {
	}

	public RoutingRule(UUID territoryId, UUID organisationId) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.organisationId = organisationId;
		this.categories = "";
	}

	/** Sets the rule; refuses no category and a capacity below one. */
	public void change(Set<DeviceCategory> categories, Set<String> areaCodes, int capacity, boolean active, UUID by,
			Instant now) {
		if (categories == null || categories.isEmpty()) {
			throw new DeviceRuleException("categories", "devices.routing.error.categories");
		}
		if (capacity < 1 || capacity > 10000) {
			throw new DeviceRuleException("capacity", "devices.routing.error.capacity");
		}
		this.categories = EnumSet.copyOf(categories).stream().map(Enum::name).collect(Collectors.joining(","));
		this.areas = areaCodes == null || areaCodes.isEmpty() ? null
				: areaCodes.stream().sorted().collect(Collectors.joining(","));
		this.capacity = capacity;
		this.active = active;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	public Set<DeviceCategory> getCategories() {
		Set<DeviceCategory> out = EnumSet.noneOf(DeviceCategory.class);
		for (String c : categories.split(",")) {
			if (!c.isBlank()) {
				out.add(DeviceCategory.valueOf(c.strip()));
			}
		}
		return out;
	}

	public Set<String> getAreaCodes() {
		if (areas == null || areas.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(areas.split(","))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	public boolean takes(DeviceCategory category) {
		return active && getCategories().contains(category);
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public int getCapacity() {
		return capacity;
	}

	public boolean isActive() {
		return active;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
