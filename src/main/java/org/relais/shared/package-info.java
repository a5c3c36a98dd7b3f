/**
 * Small, business-free building blocks every module may use: data classification markers, the
 * supported languages, the not-found exception.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.relais.shared;
