package org.relais.devices.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.relais.devices.DeviceType;
import org.relais.devices.stock.StockDesk;

/**
 * A device taken in, or several identical ones: what they are, how many, their serial numbers one per line, and
 * the description they share.
 */
public class DeviceIntakeForm extends DeviceSpecsForm {

	/** A serial: letters, digits and . / _ - (as printed on the device's sticker). */
	static final String SERIAL = "[A-Za-z0-9][A-Za-z0-9./_-]{0,99}";

	private UUID donation;

	@NotNull(message = "{platform.validation.required}")
	private DeviceType type;

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 100, message = "{platform.validation.tooLong}")
	private String brand = "";

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 200, message = "{platform.validation.tooLong}")
	private String model = "";

	@NotNull(message = "{platform.validation.required}")
	@Min(value = 1, message = "{devices.stock.validation.quantity}")
	@Max(value = StockDesk.MAX_BATCH, message = "{devices.stock.validation.quantity}")
	private Integer quantity = 1;

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 6000, message = "{platform.validation.tooLong}")
	private String serialNumbers = "";

	/** The serial numbers, one per non-blank line, trimmed. */
	List<String> serials() {
		return Arrays.stream(serialNumbers.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public UUID getDonation() {
		return donation;
	}

	public void setDonation(UUID donation) {
		this.donation = donation;
	}

	public DeviceType getType() {
		return type;
	}

	public void setType(DeviceType type) {
		this.type = type;
	}

	public String getBrand() {
		return brand;
	}

	public void setBrand(String brand) {
		this.brand = brand == null ? "" : brand.strip();
	}

	public String getModel() {
		return model;
	}

	public void setModel(String model) {
		this.model = model == null ? "" : model.strip();
	}

	public Integer getQuantity() {
		return quantity;
	}

	public void setQuantity(Integer quantity) {
		this.quantity = quantity;
	}

	public String getSerialNumbers() {
		return serialNumbers;
	}

	public void setSerialNumbers(String serialNumbers) {
		this.serialNumbers = serialNumbers == null ? "" : serialNumbers;
	}

}
