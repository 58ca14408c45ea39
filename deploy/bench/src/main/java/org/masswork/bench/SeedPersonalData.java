package org.masswork.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.masswork.infra.PrivacyKeys;
import org.masswork.platform.privacy.PersonalDataCipher;

/**
 * The seed's names, phones and addresses, encrypted with the local stack's current key: the databases refuse
 * personal data in plain text, and SQL cannot encrypt. Filled into the session's temporary table
 * {@code seed_personal (kind, n, value)}, from which the seed scripts take them ({@code n} modulo the pool).
 */
final class SeedPersonalData {

    private static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴"};
    private static final String[] HOUSEHOLD_NAMES = {"秀英", "建国", "桂兰", "志强", "玉兰", "国华", "春梅", "德明", "淑珍", "振华"};
    private static final String[] VILLAGER_NAMES = {"建国", "秀英", "桂兰", "志强", "海燕", "德福", "玉梅", "春生", "小红", "长青"};

    private SeedPersonalData() {
    }

    static void prepare(Connection db, Path keysDir) throws SQLException {
        Map<String, String> settings = PrivacyKeys.read(keysDir);
        Map<String, String> keys = new HashMap<>();
        settings.forEach((name, value) -> {
            if (name.startsWith("masswork.privacy.keys.")) {
                keys.put(name.substring("masswork.privacy.keys.".length()), value);
            }
        });
        PersonalDataCipher cipher = PersonalDataCipher.fromBase64(keys, settings.get("masswork.privacy.current-key"));
        try (Statement ddl = db.createStatement()) {
            ddl.execute("drop table if exists pg_temp.seed_personal");
            ddl.execute("create temporary table seed_personal (kind text, n integer, value text, primary key (kind, n))");
        }
        try (PreparedStatement insert = db.prepareStatement("insert into seed_personal values (?, ?, ?)")) {
            pool(insert, cipher, "cadre_phone", 1000, n -> "138" + String.format("%08d", n * 7919L % 100_000_000));
            pool(insert, cipher, "household_head", 100, n -> SURNAMES[n % 10] + HOUSEHOLD_NAMES[n / 10]);
            pool(insert, cipher, "household_address", 1000, n -> "第" + (1 + n / 30) + "组" + (1 + n % 30) + "号");
            pool(insert, cipher, "household_phone", 1000, n -> "139" + String.format("%08d", n * 104729L % 100_000_000));
            pool(insert, cipher, "villager_name", 100, n -> SURNAMES[n % 10] + VILLAGER_NAMES[n / 10]);
            pool(insert, cipher, "villager_phone", 1000, n -> "13" + String.format("%09d", n * 7919L % 1_000_000_000));
            pool(insert, cipher, "villager_address", 1000, n -> "第" + (1 + n % 9) + "村民小组" + (1 + n % 60) + "号");
            insert.executeBatch();
        }
        try (Statement analyze = db.createStatement()) {
            analyze.execute("analyze seed_personal");
        }
    }

    private static void pool(PreparedStatement insert, PersonalDataCipher cipher, String kind, int size,
                             IntFunction<String> value) throws SQLException {
        for (int n = 0; n < size; n++) {
            insert.setString(1, kind);
            insert.setInt(2, n);
            insert.setString(3, cipher.encrypt(value.apply(n)));
            insert.addBatch();
        }
    }
}
