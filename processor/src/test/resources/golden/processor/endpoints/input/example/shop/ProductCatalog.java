package example.shop;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.annotations.Body;
import dev.stratum.annotations.Delete;
import dev.stratum.annotations.Endpoints;
import dev.stratum.annotations.Get;
import dev.stratum.annotations.HeaderParam;
import dev.stratum.annotations.PathParam;
import dev.stratum.annotations.Permit;
import dev.stratum.annotations.Post;
import dev.stratum.annotations.QueryParam;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

@Endpoints(path = "/api/products", entity = Product.class)
@Permit(roles = "CLERK")
public interface ProductCatalog {

    /**
     * Products whose name contains {@code q}, at most {@code limit}. Archived ones are left out.
     *
     * @param query part of the name
     */
    @Get("/search")
    @Permit(access = AccessLevel.PUBLIC)
    List<ProductResponse> search(@QueryParam("q") @NotBlank @Size(max = 60) String query,
            @QueryParam(value = "limit", defaultValue = "10") @Min(1) @Max(50) int limit);

    @Get("/by-code/{code}")
    @Permit(access = AccessLevel.AUTHENTICATED)
    Optional<ProductResponse> byCode(@PathParam("code") @Pattern(regexp = "[A-Z]{3}-[0-9]{4}") String code);

    @Post(value = "/{id}/rename", status = 201)
    ProductResponse rename(@PathParam("id") @Positive long id, @HeaderParam("X-Reason-Code") String reasonCode,
            @Body Rename rename);

    /** Creates a product from the same request a generated create would take, checked by its validator. */
    @Post(value = "/drafts", status = 201)
    ProductResponse draft(@Body ProductCreateRequest request);

    @Delete("/{id}/archive")
    void archive(@PathParam("id") long id);
}
