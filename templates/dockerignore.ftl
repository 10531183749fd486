${generated.marker}: the allow-list of the build context for ${generated.artifactId}.
# BuildKit reads <Dockerfile>.dockerignore next to the Dockerfile. Everything is excluded,
# then only what the Dockerfile copies is let back in.
*
<#list ignore.include as path>
!${path}
</#list>
<#list ignore.exclude as path>
${path}
</#list>
