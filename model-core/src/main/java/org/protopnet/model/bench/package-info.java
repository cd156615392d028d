/**
 * Throughput benchmarks of training and inference at the reference configurations, printed
 * as figures (never asserted in tests).
 */
package org.protopnet.model.bench;
