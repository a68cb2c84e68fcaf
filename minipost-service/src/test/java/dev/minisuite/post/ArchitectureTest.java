package dev.minisuite.post;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.minisuite.post", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles =
            slices().matching("dev.minisuite.post.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule filmClientKnowsNothingOfPosts = noClasses()
            .that().resideInAPackage("dev.minisuite.post.films..")
            .should().dependOnClassesThat().resideInAPackage("dev.minisuite.post.posts..");

    @ArchTest
    static final ArchRule persistenceStaysInsidePostsPackage = noClasses()
            .that().resideOutsideOfPackage("dev.minisuite.post.posts..")
            .should().dependOnClassesThat().haveSimpleName("PostRepository");

    @ArchTest
    static final ArchRule onlyFilmClientMakesHttpCalls = noClasses()
            .that().resideOutsideOfPackage("dev.minisuite.post.films..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.web.client..");
}
