/** The supplier's catalog views: the import wizard. */
package dev.feira.catalog.ui;
