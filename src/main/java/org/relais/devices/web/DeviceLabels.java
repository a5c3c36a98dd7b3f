package org.relais.devices.web;

import org.relais.devices.DeviceCategory;
import org.relais.platform.SensitiveDataPolicy;
import org.relais.shared.DataCategory;
import org.springframework.stereotype.Component;

/**
 * The message key of a request's category for the current reader: social aid and migration are special categories
 * of data (GDPR art. 9), named only to the roles {@link SensitiveDataPolicy} allows; others read "protected
 * category". Templates call it as {@code @deviceLabels.category(c)}.
 */
@Component("deviceLabels")
public class DeviceLabels {

	public String category(DeviceCategory category) {
		return maySee(category) ? "devices.category." + category.name() : "devices.request.category.protected";
	}

	public static boolean maySee(DeviceCategory category) {
		DataCategory data = switch (category) {
			case SOCIAL_AID -> DataCategory.SOCIAL_AID;
			case MIGRATION -> DataCategory.MIGRATION;
			default -> DataCategory.PERSONAL;
		};
		return SensitiveDataPolicy.maySee(data);
	}

}
