package org.relais.devices.web;

import java.math.BigDecimal;
import java.time.DayOfWeek;

import org.relais.devices.settings.DeviceSettings;

/** The programme's settings as the admin types them (numbers as text: a wrong one gets its own message). */
public class DeviceSettingsForm {

	private String price;

	private String currency;

	private boolean autoRoute;

	private String cadenceWeeks;

	private String cutoffWeekday;

	static DeviceSettingsForm of(DeviceSettings s) {
		DeviceSettingsForm f = new DeviceSettingsForm();
		f.price = s.getDevicePrice().toPlainString();
		f.currency = s.getCurrency();
		f.autoRoute = s.isAutoRoute();
		f.cadenceWeeks = String.valueOf(s.getCadenceWeeks());
		f.cutoffWeekday = String.valueOf(s.getCutoffWeekday().getValue());
		return f;
	}

	BigDecimal priceValue() {
		try {
			BigDecimal p = new BigDecimal(price.strip().replace(',', '.'));
			return p.signum() < 0 || p.compareTo(new BigDecimal("10000")) > 0 || p.scale() > 2 ? null : p;
		}
		catch (RuntimeException e) {
			return null;
		}
	}

	String currencyValue() {
		String c = currency == null ? "" : currency.strip().toUpperCase(java.util.Locale.ROOT);
		return c.matches("[A-Z]{3}") ? c : null;
	}

	Integer cadenceValue() {
		Integer n = DeviceOrderForm.number(cadenceWeeks);
		return n == null || n < 1 || n > 12 ? null : n;
	}

	DayOfWeek cutoffValue() {
		Integer n = DeviceOrderForm.number(cutoffWeekday);
		return n == null || n < 1 || n > 7 ? null : DayOfWeek.of(n);
	}

	public String getPrice() {
		return price;
	}

	public void setPrice(String price) {
		this.price = price;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public boolean isAutoRoute() {
		return autoRoute;
	}

	public void setAutoRoute(boolean autoRoute) {
		this.autoRoute = autoRoute;
	}

	public String getCadenceWeeks() {
		return cadenceWeeks;
	}

	public void setCadenceWeeks(String cadenceWeeks) {
		this.cadenceWeeks = cadenceWeeks;
	}

	public String getCutoffWeekday() {
		return cutoffWeekday;
	}

	public void setCutoffWeekday(String cutoffWeekday) {
		this.cutoffWeekday = cutoffWeekday;
	}

}
