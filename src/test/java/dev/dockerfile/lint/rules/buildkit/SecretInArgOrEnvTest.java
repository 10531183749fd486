package dev.dockerfile.lint.rules.buildkit;

import static dev.dockerfile.lint.RuleAssert.findings;
import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.lint.LintContext;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretInArgOrEnvTest {
    private final SecretInArgOrEnv rule = new SecretInArgOrEnv();

    @Test
    void catchesEveryPairWhoseNameHasASecretPart() {
        assertEquals(List.of("2 SecretsUsedInArgOrEnv", "3 SecretsUsedInArgOrEnv", "3 SecretsUsedInArgOrEnv",
                "4 SecretsUsedInArgOrEnv"),
                lines(rule, "FROM alpine:3.20\nARG NPM_TOKEN\nENV db_password=hunter2 Auth=basic\nENV deploy_key=\n"));
        assertEquals(List.of("2 SecretsUsedInArgOrEnv"), lines(rule, "FROM alpine:3.20\nONBUILD ARG REGISTRY_PWORD\n"));
        assertTrue(findings(rule, "FROM alpine:3.20\nARG Signing_Key\n", LintContext.defaults()).get(0).message()
                .startsWith("Do not use ARG or ENV instructions for sensitive data (ARG \"Signing_Key\")"));
    }

    @Test
    void aPartIsWhatUnderscoresSeparate() {
        assertTrue(SecretInArgOrEnv.looksSecret("KEY"));
        assertTrue(SecretInArgOrEnv.looksSecret("APIKEY"));
        assertTrue(SecretInArgOrEnv.looksSecret("aws_access_key_id"));
        assertTrue(SecretInArgOrEnv.looksSecret("__TOKEN__"));
        assertTrue(SecretInArgOrEnv.looksSecret("PASSWORD_MIN_LENGTH"));
        assertTrue(SecretInArgOrEnv.looksSecret("apiKey"));
        assertFalse(SecretInArgOrEnv.looksSecret("stripeApiKey"));
        assertFalse(SecretInArgOrEnv.looksSecret("client-secret"));
        assertFalse(SecretInArgOrEnv.looksSecret("MYSQLPASSWORD"));
        assertFalse(SecretInArgOrEnv.looksSecret("AUTHOR"));
        assertFalse(SecretInArgOrEnv.looksSecret("TOKENS"));
        assertFalse(SecretInArgOrEnv.looksSecret("KEYCLOAK_URL"));
    }

    @Test
    void publicFileAndVersionPartsAllowTheName() {
        assertFalse(SecretInArgOrEnv.looksSecret("SSH_PUBLIC_KEY"));
        assertFalse(SecretInArgOrEnv.looksSecret("Token_File"));
        assertFalse(SecretInArgOrEnv.looksSecret("OAUTH_LIB_VERSION"));
        assertFalse(SecretInArgOrEnv.looksSecret("AUTH_VERSION"));
        assertTrue(SecretInArgOrEnv.looksSecret("AUTH_VERSIONS"));
        assertTrue(SecretInArgOrEnv.looksSecret("KEY_FILENAME"));
    }

    @Test
    void passesGlobalArgsAndOtherInstructions() {
        assertEquals(List.of(), lines(rule, "ARG BUILD_TOKEN\nFROM alpine:3.20\n"));
        assertEquals(List.of("3 SecretsUsedInArgOrEnv"), lines(rule, "ARG BUILD_TOKEN\nFROM alpine:3.20\nARG BUILD_TOKEN\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine:3.20\nRUN export PASSWORD=x\nLABEL token=1\nENV TOKENIZER=bpe\n"));
    }

    @Test
    void hadolintsIdAddressesIt() {
        assertEquals(Set.of("DL3064"), rule.aliases());
    }
}
