package dev.minisuite.film;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.minisuite.film", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles =
            slices().matching("dev.minisuite.film.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule catalogKnowsNothingOfImporting = noClasses()
            .that().resideInAPackage("dev.minisuite.film.catalog..")
            .should().dependOnClassesThat().resideInAPackage("dev.minisuite.film.importing..");

    @ArchTest
    static final ArchRule onlyCatalogTouchesTheDatabase = noClasses()
            .that().resideOutsideOfPackages("dev.minisuite.film.catalog..")
            .and().doNotHaveSimpleName("MongoConfiguration")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data.mongodb..",
                    "com.mongodb..");
}
