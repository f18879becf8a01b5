package dev.stratum.examples.clinic.pet;

import dev.stratum.examples.clinic.owner.Owner;
import dev.stratum.examples.clinic.owner.OwnerService;
import dev.stratum.runtime.paging.Page;
import dev.stratum.runtime.paging.PageRequest;
import dev.stratum.runtime.problem.NotFoundException;
import dev.stratum.runtime.problem.VersionConflictException;
import dev.stratum.runtime.relation.References;
import dev.stratum.runtime.tx.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The hand-written side of {@link PetCare}. It works on its own aggregate through {@link PetRepository} and reaches
 * owners only through their service, which the layering check enforces. Registered by the generated
 * {@code PetCareConfiguration}, so it needs no Spring annotation.
 */
public class PetCareService implements PetCare {

    /** Pets are read in pages of this size while searching. */
    private static final int BATCH = 100;

    private final PetRepository pets;
    private final OwnerService owners;
    private final Transactions transactions;

    public PetCareService(PetRepository pets, OwnerService owners, Transactions transactions) {
        this.pets = pets;
        this.owners = owners;
        this.transactions = transactions;
    }

    // A scan is fine for a clinic's few thousand pets; a larger practice would add an indexed finder.
    @Override
    public List<PetResponse> search(String name, int limit) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return find(pet -> pet.getName().toLowerCase(Locale.ROOT).contains(wanted), limit);
    }

    @Override
    public Optional<PetResponse> byMicrochip(String microchip) {
        return find(pet -> microchip.equals(pet.getMicrochip()), 1).stream().findFirst();
    }

    @Override
    public PetResponse transfer(UUID id, PetTransfer transfer) {
        owners.read(transfer.ownerId());
        return transactions.write(() -> {
            Pet pet = load(id);
            pet.setOwner(References.to(transfer.ownerId(), Owner::new, Owner::setId));
            save(pet);
            return PetResponse.from(load(id));
        });
    }

    @Override
    public void release(UUID id) {
        transactions.write(() -> {
            Pet pet = load(id);
            pet.setOwner(null);
            save(pet);
        });
    }

    private List<PetResponse> find(Predicate<Pet> matches, int limit) {
        return transactions.read(() -> {
            List<PetResponse> found = new ArrayList<>();
            Page<Pet> page;
            int number = 0;
            do {
                page = pets.findPage(PageRequest.of(number++, BATCH, BATCH));
                page.items().stream().filter(matches).limit(limit - found.size())
                        .forEach(pet -> found.add(PetResponse.from(pet)));
            } while (found.size() < limit && number < page.totalPages());
            return found;
        });
    }

    private Pet load(UUID id) {
        return pets.findById(id).orElseThrow(() -> new NotFoundException("Pet", id));
    }

    private void save(Pet pet) {
        if (!pets.update(pet)) {
            throw new VersionConflictException("Pet", pet.getId());
        }
    }
}
