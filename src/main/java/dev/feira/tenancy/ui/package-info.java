/** The branded portal shell (layout, navigation, language) that every module's views live in. */
@org.springframework.modulith.NamedInterface("ui")
package dev.feira.tenancy.ui;
