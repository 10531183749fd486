package dev.dockerfile.lint.rules.buildkit;

import static dev.dockerfile.lint.RuleAssert.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretInArgOrEnvTest {
    private final SecretInArgOrEnv rule = new SecretInArgOrEnv();

    @Test
    void catchesSecretLookingNames() {
        assertEquals(List.of("2 SecretsUsedInArgOrEnv"), lines(rule, "FROM scratch\nARG AWS_SECRET_ACCESS_KEY\n"));
        assertEquals(List.of("2 SecretsUsedInArgOrEnv", "2 SecretsUsedInArgOrEnv"),
                lines(rule, "FROM alpine\nENV passwd=banana secret=passwd\n"));
        assertEquals(List.of("2 SecretsUsedInArgOrEnv", "3 SecretsUsedInArgOrEnv", "4 SecretsUsedInArgOrEnv"),
                lines(rule, "FROM alpine\nARG GITHUB_TOKEN\nENV DB_PASSWORD=x\nARG npmAuthToken\n"));
        assertEquals(List.of("1 SecretsUsedInArgOrEnv"), lines(rule, "ARG API_KEY\nFROM alpine\n"));
        assertEquals(List.of("2 SecretsUsedInArgOrEnv"), lines(rule, "FROM alpine\nONBUILD ARG NPM_TOKEN\n"));
    }

    @Test
    void namesAreSplitIntoWords() {
        assertTrue(SecretInArgOrEnv.looksSecret("SSH_PRIVATE_KEY"));
        assertTrue(SecretInArgOrEnv.looksSecret("dbPassword"));
        assertTrue(SecretInArgOrEnv.looksSecret("MYSQLPASSWORD"));
        assertTrue(SecretInArgOrEnv.looksSecret("AWS_ACCESS_KEY_ID"));
        assertTrue(SecretInArgOrEnv.looksSecret("client-secret"));
        assertFalse(SecretInArgOrEnv.looksSecret("AUTHOR"));
        assertFalse(SecretInArgOrEnv.looksSecret("TOKENIZER_MODEL"));
        assertFalse(SecretInArgOrEnv.looksSecret("KEYCLOAK_VERSION"));
        assertFalse(SecretInArgOrEnv.looksSecret("PASSWORD_MIN_LENGTH"));
    }

    @Test
    void passesFilesPublicKeysAndOrdinaryNames() {
        assertEquals(List.of(), lines(rule, "FROM alpine\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\nENV POSTGRES_PASSWORD_FILE=/run/secrets/pw\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\nARG SSH_PUBLIC_KEY\nARG RABBITMQ_PGP_KEY_ID=0x1\n"));
        assertEquals(List.of(), lines(rule, "FROM alpine\nRUN export PASSWORD=x\nLABEL token=1\n"));
    }
}
