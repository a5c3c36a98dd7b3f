package org.relais.devices.stock;

/**
 * How the data of a donated device was removed (eReuse DeviceHub practice): overwriting the storage a number of
 * passes, a cryptographic erase of a self-encrypting drive, or the physical destruction of the storage.
 */
public enum ErasureMethod {

	OVERWRITE, CRYPTO_ERASE, PHYSICAL_DESTRUCTION

}
