package example.shop;

import java.util.List;
import java.util.Optional;

/** The hand-written implementation; the processor sees only its fields and constructors. */
public class Catalog implements ProductCatalog {

    private final ProductRepository products;

    public Catalog(ProductRepository products) {
        this.products = products;
    }

    @Override
    public List<ProductResponse> search(String query, int limit) {
        return List.of();
    }

    @Override
    public Optional<ProductResponse> byCode(String code) {
        return Optional.empty();
    }

    @Override
    public ProductResponse rename(long id, String reasonCode, Rename rename) {
        Product product = products.findById(id).orElseThrow();
        product.setName(rename.name());
        products.update(product);
        return ProductResponse.from(product);
    }

    @Override
    public ProductResponse draft(ProductCreateRequest request) {
        Product product = new Product();
        request.applyTo(product);
        products.insert(product);
        return ProductResponse.from(product);
    }

    @Override
    public void archive(long id) {
        products.findById(id).ifPresent(product -> {
            product.setArchived(true);
            products.update(product);
        });
    }
}
