package org.relais.devices.settings;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How a territory runs the device programme: the contribution asked per device (e.g. CHF 150), whether requests are
 * routed to the proposed partner automatically, and the shipment cadence: every {@code cadenceWeeks} weeks, the
 * cut-off on {@code cutoffWeekday}, counted from {@code cadenceAnchor} (a date in the first cycle).
 */
@Entity
@Table(name = "dev_settings")
public class DeviceSettings {

	@Id
	@Column(name = "territory_id")
	private UUID territoryId;

	@Column(name = "device_price", nullable = false, precision = 10, scale = 2)
	private BigDecimal devicePrice;

	@Column(nullable = false, length = 3)
	private String currency;

	@Column(name = "auto_route", nullable = false)
	private boolean autoRoute;

	@Column(name = "cadence_weeks", nullable = false)
	private int cadenceWeeks;

	/** ISO day of week, 1 = Monday … 7 = Sunday. */
	@Column(name = "cutoff_weekday", nullable = false)
	private int cutoffWeekday;

	@Column(name = "cadence_anchor", nullable = false)
	private LocalDate cadenceAnchor;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by")
	private UUID updatedBy;

	@Version
	private long version;

	protected DeviceSettings() {
	}

	public DeviceSettings(UUID territoryId, BigDecimal devicePrice, String currency, LocalDate anchor, Instant now) {
		this.territoryId = territoryId;
		this.devicePrice = devicePrice;
		this.currency = currency;
		this.autoRoute = false;
		this.cadenceWeeks = 2;
		this.cutoffWeekday = DayOfWeek.WEDNESDAY.getValue();
		this.cadenceAnchor = anchor;
		this.updatedAt = now;
	}

	public void change(BigDecimal devicePrice, String currency, boolean autoRoute, int cadenceWeeks,
			DayOfWeek cutoff, UUID by, Instant now) {
		this.devicePrice = devicePrice;
		this.currency = currency;
		this.autoRoute = autoRoute;
		this.cadenceWeeks = cadenceWeeks;
		this.cutoffWeekday = cutoff.getValue();
		this.updatedBy = by;
		this.updatedAt = now;
	}

	/** The first cut-off date on or after {@code day}, following the cadence. */
	public LocalDate nextCutoff(LocalDate day) {
		LocalDate first = cadenceAnchor;
		while (first.getDayOfWeek().getValue() != cutoffWeekday) {
			first = first.plusDays(1);
		}
		long period = 7L * cadenceWeeks;
		long diff = java.time.temporal.ChronoUnit.DAYS.between(first, day);
		long steps = diff <= 0 ? 0 : (diff + period - 1) / period;
		LocalDate candidate = first.plusDays(steps * period);
		while (candidate.isBefore(day)) {
			candidate = candidate.plusDays(period);
		}
		return candidate;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public BigDecimal getDevicePrice() {
		return devicePrice;
	}

	public String getCurrency() {
		return currency;
	}

	public boolean isAutoRoute() {
		return autoRoute;
	}

	public int getCadenceWeeks() {
		return cadenceWeeks;
	}

	public DayOfWeek getCutoffWeekday() {
		return DayOfWeek.of(cutoffWeekday);
	}

	public LocalDate getCadenceAnchor() {
		return cadenceAnchor;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
