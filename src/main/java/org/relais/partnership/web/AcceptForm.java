package org.relais.partnership.web;

/** The online acceptance of the contract: the representative's typed full name and the "on behalf of" box. */
public class AcceptForm {

	private String name;

	private boolean onBehalf;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public boolean isOnBehalf() {
		return onBehalf;
	}

	public void setOnBehalf(boolean onBehalf) {
		this.onBehalf = onBehalf;
	}

}
