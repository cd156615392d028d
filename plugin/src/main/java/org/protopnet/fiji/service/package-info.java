/**
 * The service layer: the workflows (train, classify, import, demo) that the CLI, the Fiji commands
 * and the macros all call, so that every surface behaves the same.
 */
package org.protopnet.fiji.service;
