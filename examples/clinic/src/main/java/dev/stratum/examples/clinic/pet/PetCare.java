package dev.stratum.examples.clinic.pet;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.annotations.Body;
import dev.stratum.annotations.Delete;
import dev.stratum.annotations.Endpoints;
import dev.stratum.annotations.Get;
import dev.stratum.annotations.PathParam;
import dev.stratum.annotations.Permit;
import dev.stratum.annotations.Post;
import dev.stratum.annotations.QueryParam;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the front desk does with pets beyond editing them: find one, and move it between owners. Stratum generates the
 * controller ({@code PetCareController}) and the route policies; {@link PetCareService} holds the logic.
 */
@Endpoints(path = "/api/pets", entity = Pet.class)
@Permit(roles = "VET")
public interface PetCare {

    /** Pets whose name contains {@code name}, ignoring case, in id order; anyone may search. */
    @Get("/search")
    @Permit(access = AccessLevel.PUBLIC)
    List<PetResponse> search(@QueryParam("name") @NotBlank @Size(max = 40) String name,
            @QueryParam(value = "limit", defaultValue = "10") @Min(1) @Max(50) int limit);

    /** The pet carrying a transponder code; staff only, since a code identifies an animal in the street. */
    @Get("/by-microchip/{microchip}")
    @Permit(access = AccessLevel.AUTHENTICATED)
    Optional<PetResponse> byMicrochip(@PathParam("microchip") @Pattern(regexp = "[0-9]{15}") String microchip);

    /** Moves a pet to another existing owner. */
    @Post("/{id}/transfer")
    PetResponse transfer(@PathParam("id") UUID id, @Body PetTransfer transfer);

    /** Records that the pet has no owner any more (a stray, or the owner left the clinic). */
    @Delete("/{id}/owner")
    void release(@PathParam("id") UUID id);
}
