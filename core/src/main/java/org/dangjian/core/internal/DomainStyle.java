package org.dangjian.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project's aggregates: generated classes are package-private and
 * never seen (construction goes through {@code Type.builder()} on the abstract type), collections
 * are copied, and attributes read as plain names ({@code name()}). Generated code carries no annotation
 * found on the class path (Error Prone's, {@code javax.annotation.processing.Generated}): the module
 * {@code org.dangjian.core} does not read their modules.
 *
 * <p>It lives in an {@code internal} package because several packages share it; it is not API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    get = {"is*", "get*"},
    allowedClasspathAnnotations = {Override.class})
public @interface DomainStyle {}
