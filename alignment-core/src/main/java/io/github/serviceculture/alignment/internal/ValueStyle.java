package io.github.serviceculture.alignment.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every value package: JDK collections only, deterministic output,
 * package-private {@code Immutable*} classes behind public {@code X.builder()} / {@code X.Builder}
 * and {@code with*} methods, so that no generated name appears in user code. Generated code throws
 * {@link GeneratedCodeException}, an {@code InvalidValueException}, for a {@code null} argument or a
 * missing required field.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    get = {"is*", "get*"},
    depluralize = true,
    typeImmutable = "Immutable*",
    // The public X.Builder and X.with* are handwritten (documented, null-checked) and call the
    // generated ones, so Immutables must not extend X.Builder, clash with X.builder() or add
    // undocumented public with* methods. A new attribute needs both wrappers: BuilderCoverageTest.
    typeInnerBuilder = "GeneratedBuilderBase",
    builder = "generatedBuilder",
    with = "generatedWith*",
    throwForInvalidImmutableState = GeneratedCodeException.class,
    throwForNullPointer = GeneratedCodeException.class)
public @interface ValueStyle {}
