<#import "common.ftl" as common>
<@common.header/>

<@common.baseImages/>

# Builder: the dependencies, installed by npm ci from the lock file before any source is copied,
# so an edit to the code reuses this layer.
FROM ${r"${BUILDER_IMAGE}"} AS builder
WORKDIR ${node.builderDirectory}
<@common.copy node.manifests/>
# A private registry: docker build --build-arg NPM_CONFIG_REGISTRY=https://npm.example.com/ ... A build
# argument of this stage alone: the final image never has it.<#if cacheMounts> Its token goes in the npmrc
# secret (docker build --secret id=npmrc,src=$HOME/.npmrc), mounted for the install alone.<#else>
# Its token goes in a BuildKit secret (cacheMounts), never in a build argument.</#if>
<#list node.registryArgs as a>
ARG ${a}
</#list>
RUN ${node.install}
<#if node.build??>
<#list node.sources as c>
<@common.copy c/>
</#list>
RUN ${node.build}
</#if>

<@common.userStage builder=true/>
# Runtime: Node.js, the production dependencies and the application's own files, nothing else.
FROM ${r"${RUNTIME_IMAGE}"}
<@common.copyUser/>
WORKDIR ${workdir}
<#-- The builder keeps them at their final path under a root of fixed times: copied to /, the same
     lock file gives the same layer. -->
<#if node.modules?ends_with(workdir + "/node_modules") && node.modules != workdir + "/node_modules">
COPY --from=builder ${node.modules?remove_ending(workdir + "/node_modules")}/ /
<#else>
COPY --from=builder ${node.modules} ./node_modules
</#if>
# Metadata before the application's own files, which come last: an edit rebuilds only their layers.
<@common.runtimeTail/>
ENTRYPOINT ${entrypoint}
<#list node.application as c>
<@common.copy c/>
</#list>
