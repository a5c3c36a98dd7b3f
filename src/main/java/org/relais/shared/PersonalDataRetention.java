package org.relais.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says how long a class holding {@link PersonalData} fields keeps them and what removes them. A guard test
 * fails when a class with personal fields does not say it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PersonalDataRetention {

	/** The rule in words, e.g. "deleted 30 days after acceptance or expiry by TerritoryRetention". */
	String value();

}
