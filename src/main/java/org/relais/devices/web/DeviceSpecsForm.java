package org.relais.devices.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.relais.devices.Grade;
import org.relais.devices.KeyboardLayout;
import org.relais.devices.stock.Device;
import org.relais.devices.stock.DeviceSpecs;

/**
 * What refurbishment says about a device: hardware, keyboard layout, grade, functional checks (true works, false
 * fails, empty not checked), notes. The intake form adds what the device is.
 */
public class DeviceSpecsForm {

	@Size(max = 200, message = "{platform.validation.tooLong}")
	private String cpu = "";

	@Min(value = 1, message = "{devices.stock.validation.ram}")
	@Max(value = 1024, message = "{devices.stock.validation.ram}")
	private Integer ramGb;

	@Min(value = 1, message = "{devices.stock.validation.storage}")
	@Max(value = 65536, message = "{devices.stock.validation.storage}")
	private Integer storageGb;

	private KeyboardLayout keyboardLayout;

	private Grade grade;

	private Boolean battery;

	private Boolean screen;

	private Boolean keyboard;

	private Boolean camera;

	private Boolean microphone;

	private Boolean wifi;

	@Size(max = 2000, message = "{platform.validation.tooLong}")
	private String notes = "";

	static DeviceSpecsForm of(Device d) {
		DeviceSpecsForm f = new DeviceSpecsForm();
		f.cpu = d.getCpu() == null ? "" : d.getCpu();
		f.ramGb = d.getRamGb();
		f.storageGb = d.getStorageGb();
		f.keyboardLayout = d.getKeyboardLayout();
		f.grade = d.getGrade();
		f.battery = d.getCheckBattery();
		f.screen = d.getCheckScreen();
		f.keyboard = d.getCheckKeyboard();
		f.camera = d.getCheckCamera();
		f.microphone = d.getCheckMicrophone();
		f.wifi = d.getCheckWifi();
		f.notes = d.getNotes() == null ? "" : d.getNotes();
		return f;
	}

	DeviceSpecs toSpecs() {
		return new DeviceSpecs(blankToNull(cpu), ramGb, storageGb, keyboardLayout, grade, battery, screen, keyboard,
				camera, microphone, wifi, blankToNull(notes));
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public String getCpu() {
		return cpu;
	}

	public void setCpu(String cpu) {
		this.cpu = cpu;
	}

	public Integer getRamGb() {
		return ramGb;
	}

	public void setRamGb(Integer ramGb) {
		this.ramGb = ramGb;
	}

	public Integer getStorageGb() {
		return storageGb;
	}

	public void setStorageGb(Integer storageGb) {
		this.storageGb = storageGb;
	}

	public KeyboardLayout getKeyboardLayout() {
		return keyboardLayout;
	}

	public void setKeyboardLayout(KeyboardLayout keyboardLayout) {
		this.keyboardLayout = keyboardLayout;
	}

	public Grade getGrade() {
		return grade;
	}

	public void setGrade(Grade grade) {
		this.grade = grade;
	}

	public Boolean getBattery() {
		return battery;
	}

	public void setBattery(Boolean battery) {
		this.battery = battery;
	}

	public Boolean getScreen() {
		return screen;
	}

	public void setScreen(Boolean screen) {
		this.screen = screen;
	}

	public Boolean getKeyboard() {
		return keyboard;
	}

	public void setKeyboard(Boolean keyboard) {
		this.keyboard = keyboard;
	}

	public Boolean getCamera() {
		return camera;
	}

	public void setCamera(Boolean camera) {
		this.camera = camera;
	}

	public Boolean getMicrophone() {
		return microphone;
	}

	public void setMicrophone(Boolean microphone) {
		this.microphone = microphone;
	}

	public Boolean getWifi() {
		return wifi;
	}

	public void setWifi(Boolean wifi) {
		this.wifi = wifi;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

}
