package dev.lightspeed.stack.maven;

import java.nio.file.Path;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;

/**
 * The command that turns a declaration just written (by {@code init} or {@code import}) into run.yaml, as it works
 * where the user is: {@code mvn lightspeed:generate} resolves only in a project whose POM names the plugin; in a
 * project that does not, the plugin's full coordinates are needed; and without a project, generate cannot run yet.
 */
final class NextStep {

    private NextStep() {
    }

    /**
     * @param project     the current project, or null / Maven's standalone stand-in when there is no POM
     * @param plugin      this plugin's descriptor (its coordinates), or null when unknown
     * @param base        the current project's (or working) directory
     * @param declaration the declaration just written
     */
    static String generate(MavenProject project, PluginDescriptor plugin, Path base, Path declaration) {
        if (project == null || project.getFile() == null) {
            return "next: bind the plugin's generate goal in a pom.xml (README: 'Use it in your project'), then run"
                    + " mvn generate-resources";
        }
        Path defaultPath = base.resolve(GenerateMojo.DEFAULT_DECLARATION).toAbsolutePath().normalize();
        String option = declaration.toAbsolutePath().normalize().equals(defaultPath) ? ""
                : " -Dlightspeed.declaration=" + MavenPaths.display(base, declaration);
        boolean declared = plugin != null && project.getBuildPlugins().stream()
                .anyMatch(p -> plugin.getArtifactId().equals(p.getArtifactId())
                        && plugin.getGroupId().equals(p.getGroupId()));
        if (declared || plugin == null) {
            return "next: mvn lightspeed:generate" + option;
        }
        return "next: mvn " + plugin.getGroupId() + ":" + plugin.getArtifactId() + ":" + plugin.getVersion()
                + ":generate" + option + " (or bind the generate goal in the POM: README, 'Use it in your project')";
    }
}
