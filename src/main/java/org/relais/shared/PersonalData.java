package org.relais.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that holds personal data (GDPR art. 4): it is covered by retention and anonymisation, and
 * reads of the record holding it are written to the personal-data access log. Use
 * {@link #category()} for the special categories of art. 9 (health, social aid, migration): such fields are
 * shown only to roles allowed by {@code SensitiveDataPolicy}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
public @interface PersonalData {

	DataCategory category() default DataCategory.PERSONAL;

}
