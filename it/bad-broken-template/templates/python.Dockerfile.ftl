<#import "common.ftl" as common>
<@common.header/>
FROM ${baseImage}
