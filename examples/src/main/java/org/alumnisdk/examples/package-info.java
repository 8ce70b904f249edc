/**
 * Runnable scenarios over the embedded in-memory stores. {@link org.alumnisdk.examples.Demo} is
 * the main job: it walks through the whole SDK on a synthetic tenant.
 */
package org.alumnisdk.examples;
