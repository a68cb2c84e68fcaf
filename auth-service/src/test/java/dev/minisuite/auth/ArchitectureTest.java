package dev.minisuite.auth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.minisuite.auth", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles =
            slices().matching("dev.minisuite.auth.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule tokensKnowNothingOfUsers = noClasses()
            .that().resideInAPackage("dev.minisuite.auth.token..")
            .should().dependOnClassesThat().resideInAPackage("dev.minisuite.auth.user..");

    @ArchTest
    static final ArchRule persistenceStaysInsideUserPackage = noClasses()
            .that().resideOutsideOfPackage("dev.minisuite.auth.user..")
            .should().dependOnClassesThat().haveSimpleName("UserRepository");
}
