/**
 * Ports of the consent module that a host implements to persist its data: for example
 * {@link org.alumnisdk.consent.spi.ConsentLedgerStore} (the append-only consent hash chain, with
 * {@link org.alumnisdk.consent.spi.LedgerRecord} links). Each port has an in-memory reference
 * implementation in the module. Experimental SPI until 1.0.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.consent.spi;

import org.jspecify.annotations.NullMarked;
