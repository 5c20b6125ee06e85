package io.godwit.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.model.Database;
import io.godwit.model.Origin;
import io.godwit.model.Schema;
import io.godwit.model.Synonym;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogJsonTest {

  @Test
  void synonymsKeepTheirTargetDatabaseAndLink() throws Exception {
    Synonym local = new Synonym("Cust", false, "dbo", "Customer", null, Origin.catalog());
    Synonym remote =
        new Synonym("Far", false, "dbo", "Orders", "Remote", "Sales DB", Origin.catalog());
    Schema schema =
        new Schema(
            "dbo", null, null, null, null, null, null, null, List.of(local, remote), null, null);
    Database db = new Database("sqlserver", "16.0", "Sales", List.of(schema));
    CatalogJson json = new CatalogJson();
    String text = json.write(db);
    assertThat(text)
        .contains("\"targetDatabase\" : \"Sales DB\"")
        .contains("\"targetLink\" : \"Remote\"");
    assertThat(json.read(text)).isEqualTo(db);
    assertThat(local.targetDatabase()).isNull();
  }
}
