package org.relais.devices.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.relais.devices.DeviceType;
import org.relais.devices.Financing;
import org.relais.devices.KeyboardLayout;
import org.relais.devices.order.DeviceOrders;

/** The partner's order form; enums and numbers as text so that a wrong value gets its own message. */
public class DeviceOrderForm {

	private String quantity = "1";

	private String type = DeviceType.LAPTOP.name();

	private String layout;

	private List<String> accessories = new ArrayList<>();

	private String financing;

	private String deliveryAddress;

	DeviceOrders.OrderLine line() {
		return new DeviceOrders.OrderLine(number(quantity), parse(DeviceType.class, type),
				parse(KeyboardLayout.class, layout), new LinkedHashSet<>(accessories),
				parse(Financing.class, financing), deliveryAddress);
	}

	static Integer number(String text) {
		try {
			return text == null ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	public String getQuantity() {
		return quantity;
	}

	public void setQuantity(String quantity) {
		this.quantity = quantity;
	}

	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getLayout() {
		return layout;
	}

	public void setLayout(String layout) {
		this.layout = layout;
	}

	public List<String> getAccessories() {
		return accessories;
	}

	public void setAccessories(List<String> accessories) {
		this.accessories = accessories == null ? new ArrayList<>() : accessories;
	}

	public String getFinancing() {
		return financing;
	}

	public void setFinancing(String financing) {
		this.financing = financing;
	}

	public String getDeliveryAddress() {
		return deliveryAddress;
	}

	public void setDeliveryAddress(String deliveryAddress) {
		this.deliveryAddress = deliveryAddress;
	}

}
