<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>SendingPage</source>
            <comment>Being sent</comment>
            <translation type="vanished">Skickas</translation>
        </message>
        <message>
            <source>SendingPage</source>
            <comment>Sent</comment>
            <translation type="vanished">Skickad</translation>
        </message>
        <message>
            <source>SendingPage</source>
            <comment>Failed</comment>
            <translation type="vanished">Misslyckades</translation>
        </message>
        <message>
            <source>SendingPage</source>
            <comment>PDF only</comment>
            <translation type="vanished">Endast PDF</translation>
        </message>
    </context>
    <context>
        <name>AllocationDialog</name>
        <message>
            <source>Allocate payment</source>
            <translation>Pricka av betalning</translation>
        </message>
        <message>
            <source>Payment of %1 on %2, reference %3, from %4. Waiting: %5.</source>
            <translation>Betalning på %1 den %2, referens %3, från %4. Ej avprickat: %5.</translation>
        </message>
        <message>
            <source>customer number</source>
            <translation>kundnummer</translation>
        </message>
        <message>
            <source>Show open invoices</source>
            <translation>Visa öppna fakturor</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Äldsta först</translation>
        </message>
        <message>
            <source>Fill the oldest open invoices first</source>
            <translation>Pricka av mot de äldsta öppna fakturorna först</translation>
        </message>
        <message>
            <source>Customer:</source>
            <translation>Kund:</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Faktura</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Förfallodag</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppet</translation>
        </message>
        <message>
            <source>Allocate</source>
            <translation>Pricka av</translation>
        </message>
        <message>
            <source>The customer has no open invoices.</source>
            <translation>Kunden har inga öppna fakturor.</translation>
        </message>
        <message>
            <source>The payment matches no customer: type the customer number.</source>
            <translation>Betalningen kan inte kopplas till någon kund: skriv kundnumret.</translation>
        </message>
        <message>
            <source>Allocated %1 of %2 waiting.</source>
            <translation>Avprickat %1 av %2 som väntar.</translation>
        </message>
        <message>
            <source>Type amounts like 12,50.</source>
            <translation type="vanished">Skriv beloppen i formen 12,50.</translation>
        </message>
        <message>
            <source>That is more than the payment has waiting.</source>
            <translation>Det är mer än vad som återstår av betalningen.</translation>
        </message>
        <message numerus="yes">
            <source>Allocate %1 of the payment to %n invoice(s)?</source>
            <translation>
                <numerusform>Pricka av %1 av betalningen mot %n faktura?</numerusform>
                <numerusform>Pricka av %1 av betalningen mot %n fakturor?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 allocated to %n invoice(s).</source>
            <translation>
                <numerusform>%1 avprickat mot %n faktura.</numerusform>
                <numerusform>%1 avprickat mot %n fakturor.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BalanceHistoryModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Voucher</source>
            <translation>Verifikat</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Händelse</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Förändring</translation>
        </message>
        <message>
            <source>Balance after</source>
            <translation>Nytt saldo</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
    </context>
    <context>
        <name>BilledInvoicesModel</name>
        <message>
            <source>Invoice number</source>
            <translation>Fakturanummer</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Kundnummer</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kund</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Rader</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Förfallodag</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Summa</translation>
        </message>
        <message>
            <source>Credit balance used</source>
            <translation>Använt saldo</translation>
        </message>
        <message>
            <source>To pay</source>
            <translation>Att betala</translation>
        </message>
        <message>
            <source>Reference number</source>
            <translation>Referensnummer</translation>
        </message>
    </context>
    <context>
        <name>BillingPage</name>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Fakturor</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Rader</translation>
        </message>
        <message>
            <source>VAT rate</source>
            <translation>Momssats</translation>
        </message>
        <message>
            <source>Billing</source>
            <translation>Fakturering</translation>
        </message>
        <message>
            <source>Billing run</source>
            <translation>Faktureringskörning</translation>
        </message>
        <message>
            <source>Run:</source>
            <translation>Körning:</translation>
        </message>
        <message>
            <source>Subscriptions</source>
            <translation>Prenumerationer</translation>
        </message>
        <message>
            <source>Advertisements (ad invoices)</source>
            <translation>Annonser (annonsfakturor)</translation>
        </message>
        <message>
            <source>Due by:</source>
            <translation>Ska faktureras senast:</translation>
        </message>
        <message>
            <source>Fetch billing requests</source>
            <translation>Hämta faktureringsbegäranden</translation>
        </message>
        <message>
            <source>Earlier runs:</source>
            <translation>Tidigare körningar:</translation>
        </message>
        <message>
            <source>Show summary</source>
            <translation>Visa sammandrag</translation>
        </message>
        <message>
            <source>Show only erroneous rows</source>
            <translation>Visa endast felaktiga rader</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Kontrollera igen</translation>
        </message>
        <message>
            <source>Re-read the listed requests after fixing customers or orders</source>
            <translation>Läs in de listade begärandena på nytt när du har rättat kunder eller beställningar</translation>
        </message>
        <message>
            <source>Run options</source>
            <translation>Inställningar för körningen</translation>
        </message>
        <message>
            <source>Invoice date:</source>
            <translation>Fakturadatum:</translation>
        </message>
        <message>
            <source>Same due date for every invoice:</source>
            <translation type="vanished">Samma förfallodag för alla fakturor:</translation>
        </message>
        <message>
            <source>Off: each customer's payment terms set the due date</source>
            <translation>Av: varje kunds betalningsvillkor bestämmer förfallodagen</translation>
        </message>
        <message>
            <source>One invoice per order (instead of per customer and channel)</source>
            <translation type="vanished">En faktura per beställning (i stället för per kund och kanal)</translation>
        </message>
        <message>
            <source>Highlight rows whose price differs from the list price</source>
            <translation type="vanished">Markera rader vars pris avviker från listpriset</translation>
        </message>
        <message>
            <source>One due date for all:</source>
            <translation>Samma förfallodag för alla:</translation>
        </message>
        <message>
            <source>One invoice per order</source>
            <translation>En faktura per beställning</translation>
        </message>
        <message>
            <source>Off: one invoice per customer and channel, the orders as its lines</source>
            <translation>Av: en faktura per kund och kanal, beställningarna som dess rader</translation>
        </message>
        <message>
            <source>Highlight prices that differ from the list price</source>
            <translation>Markera priser som avviker från listpriset</translation>
        </message>
        <message>
            <source>Preview (writes nothing)</source>
            <translation>Förhandsgranskning (sparar ingenting)</translation>
        </message>
        <message>
            <source>Back to the billing requests</source>
            <translation>Tillbaka till faktureringsbegärandena</translation>
        </message>
        <message>
            <source>Download PDF…</source>
            <translation>Ladda ner PDF…</translation>
        </message>
        <message>
            <source>Batch id</source>
            <translation>Batch-id</translation>
        </message>
        <message>
            <source>Requests billed</source>
            <translation>Fakturerade begäranden</translation>
        </message>
        <message>
            <source>Requests skipped</source>
            <translation>Överhoppade begäranden</translation>
        </message>
        <message>
            <source>VAT 0 %</source>
            <translation>Moms 0 %</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>Moms</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <source>Credit balance used</source>
            <translation>Använt saldo</translation>
        </message>
        <message>
            <source>To pay</source>
            <translation>Att betala</translation>
        </message>
        <message>
            <source>By channel</source>
            <translation>Per kanal</translation>
        </message>
        <message>
            <source>By product</source>
            <translation>Per produkt</translation>
        </message>
        <message>
            <source>By VAT rate</source>
            <translation>Per momssats</translation>
        </message>
        <message>
            <source>Skipped requests</source>
            <translation>Överhoppade begäranden</translation>
        </message>
        <message>
            <source>1 Fetch billing requests</source>
            <translation>1 Hämta faktureringsbegäranden</translation>
        </message>
        <message>
            <source>2 Fix errors</source>
            <translation>2 Rätta felen</translation>
        </message>
        <message>
            <source>3 Select, preview, run</source>
            <translation>3 Välj, förhandsgranska, kör</translation>
        </message>
        <message>
            <source>4 Summary</source>
            <translation>4 Sammandrag</translation>
        </message>
        <message numerus="yes">
            <source>%n billing request(s) have errors</source>
            <translation>
                <numerusform>%n faktureringsbegäran har fel</numerusform>
                <numerusform>%n faktureringsbegäranden har fel</numerusform>
            </translation>
        </message>
        <message>
            <source>they are skipped; click a customer number to fix the customer</source>
            <translation>de hoppas över; klicka på ett kundnummer för att rätta kunden</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) have a price that differs from the product's list price (shown in amber).</source>
            <translation>
                <numerusform>%n rad har ett pris som avviker från produktens listpris (visas i orange).</numerusform>
                <numerusform>%n rader har ett pris som avviker från produktens listpris (visas i orange).</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the run and the date, then press Fetch billing requests.</source>
            <translation>Välj körning och datum och tryck sedan på Hämta faktureringsbegäranden.</translation>
        </message>
        <message>
            <source>No billing requests are due by %1.</source>
            <translation>Inga faktureringsbegäranden ska faktureras senast %1.</translation>
        </message>
        <message>
            <source>PREVIEW IS ON: the run shows exactly what would be invoiced and writes nothing. Switch Preview off to bill for real.</source>
            <translation>FÖRHANDSGRANSKNINGEN ÄR PÅ: körningen visar exakt vad som skulle faktureras och sparar ingenting. Stäng av förhandsgranskningen för att fakturera på riktigt.</translation>
        </message>
        <message>
            <source>Preview billing</source>
            <translation>Förhandsgranska faktureringen</translation>
        </message>
        <message>
            <source>Run billing</source>
            <translation>Kör faktureringen</translation>
        </message>
        <message>
            <source>Select the requests to bill (Select all).</source>
            <translation>Markera de begäranden som ska faktureras (Markera alla).</translation>
        </message>
        <message>
            <source>Every selected request has errors.</source>
            <translation>Alla markerade begäranden har fel.</translation>
        </message>
        <message>
            <source>The due date is before the invoice date.</source>
            <translation>Förfallodagen är före fakturadatumet.</translation>
        </message>
        <message>
            <source>%1 of %2 requests selected; %3 can be billed, %4 (VAT 0 %).</source>
            <translation>%1 av %2 begäranden markerade; %3 kan faktureras, %4 (moms 0 %).</translation>
        </message>
        <message numerus="yes">
            <source>%n new billing request(s) made from the orders.</source>
            <translation>
                <numerusform>%n ny faktureringsbegäran skapades från beställningarna.</numerusform>
                <numerusform>%n nya faktureringsbegäranden skapades från beställningarna.</numerusform>
            </translation>
        </message>
        <message>
            <source>Bill %1 requests of %2 customers, %3 (VAT 0 %)? Invoices, invoice numbers and postings are made; the customers' credit balances are used first.</source>
            <translation>Fakturera %1 begäranden för %2 kunder, %3 (moms 0 %)? Fakturor, fakturanummer och konteringar skapas; kundernas saldon används först.</translation>
        </message>
        <message>
            <source>Previewing the billing run…</source>
            <translation>Förhandsgranskar faktureringskörningen…</translation>
        </message>
        <message>
            <source>Billing…</source>
            <translation>Fakturerar…</translation>
        </message>
        <message numerus="yes">
            <source>The run was cancelled: %n invoice(s) were created before it stopped; the rest are still waiting.</source>
            <translation>
                <numerusform>Körningen avbröts: %n faktura hann skapas innan den stoppades; resten väntar fortfarande.</numerusform>
                <numerusform>Körningen avbröts: %n fakturor hann skapas innan den stoppades; resten väntar fortfarande.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n invoice(s) created in billing run %1.</source>
            <translation>
                <numerusform>%n faktura skapades i faktureringskörningen %1.</numerusform>
                <numerusform>%n fakturor skapades i faktureringskörningen %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>PREVIEW — nothing was written. This is exactly what the run would invoice; go back, switch Preview off and run to bill.</source>
            <translation>FÖRHANDSGRANSKNING – ingenting sparades. Detta är exakt vad körningen skulle fakturera; gå tillbaka, stäng av förhandsgranskningen och kör för att fakturera.</translation>
        </message>
        <message>
            <source>The run was cancelled: the invoices below were made; the other requests are still waiting and can be billed later.</source>
            <translation>Körningen avbröts: fakturorna nedan skapades; de övriga begärandena väntar fortfarande och kan faktureras senare.</translation>
        </message>
        <message>
            <source>This run did not finish: its invoices are whole; unbilled requests are still waiting.</source>
            <translation>Körningen avslutades inte: dess fakturor är hela; ofakturerade begäranden väntar fortfarande.</translation>
        </message>
        <message>
            <source>Billing run %1 finished on %2.</source>
            <translation>Faktureringskörningen %1 slutfördes den %2.</translation>
        </message>
        <message>
            <source>Skipped requests (%1)</source>
            <translation>Överhoppade begäranden (%1)</translation>
        </message>
        <message>
            <source>Save the summary as PDF</source>
            <translation>Spara sammandraget som PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokument (*.pdf)</translation>
        </message>
        <message>
            <source>The summary was saved to %1.</source>
            <translation>Sammandraget sparades i %1.</translation>
        </message>
        <message>
            <source>ads</source>
            <translation>annonser</translation>
        </message>
        <message>
            <source>subscriptions</source>
            <translation>prenumerationer</translation>
        </message>
        <message numerus="yes">
            <source>%n invoice(s)</source>
            <translation>
                <numerusform>%n faktura</numerusform>
                <numerusform>%n fakturor</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BillingRequestsModel</name>
        <message>
            <source>Customer number</source>
            <translation>Kundnummer</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kund</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Beställning</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Antal</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Pris</translation>
        </message>
        <message>
            <source>List price</source>
            <translation>Listpris</translation>
        </message>
        <message>
            <source>Amount (VAT 0 %)</source>
            <translation>Belopp (moms 0 %)</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>Moms</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fel</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Fel: %1</translation>
        </message>
        <message>
            <source>The order's price differs from the product's list price.</source>
            <translation>Beställningens pris avviker från produktens listpris.</translation>
        </message>
        <message>
            <source>Open the customer card</source>
            <translation>Öppna kundkortet</translation>
        </message>
        <message>
            <source>Open the order</source>
            <translation>Öppna beställningen</translation>
        </message>
    </context>
    <context>
        <name>CandidatesModel</name>
        <message>
            <source>Invoice</source>
            <translation>Faktura</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Kundnummer</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kund</translation>
        </message>
        <message>
            <source>Customer type</source>
            <translation>Kundtyp</translation>
        </message>
        <message>
            <source>Invoice date</source>
            <translation>Fakturadatum</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Förfallodag</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Dagar försenad</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppet</translation>
        </message>
        <message>
            <source>Reminder #1</source>
            <translation>Betalningspåminnelse #1</translation>
        </message>
        <message>
            <source>Reminder #1 date</source>
            <translation>Datum för betalningspåminnelse #1</translation>
        </message>
        <message>
            <source>Reminder fee</source>
            <translation>Påminnelseavgift</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Dröjsmålsränta</translation>
        </message>
        <message>
            <source>Reminder due date</source>
            <translation>Betalningspåminnelsens förfallodag</translation>
        </message>
        <message>
            <source>Reminder asks</source>
            <translation>Att betala</translation>
        </message>
        <message>
            <source>Interest accrued %1, of which %2 was charged on earlier reminders</source>
            <translation>Upplupen dröjsmålsränta %1, varav %2 har debiterats på tidigare påminnelser</translation>
        </message>
        <message>
            <source>Late-payment interest %1 a year</source>
            <translation>Dröjsmålsränta %1 per år</translation>
        </message>
        <message>
            <source>Open %1 + reminder fee %2 + interest %3</source>
            <translation>Öppet %1 + påminnelseavgift %2 + ränta %3</translation>
        </message>
    </context>
    <context>
        <name>ChangeLogModel</name>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nej</translation>
        </message>
        <message>
            <source>Customer created</source>
            <translation>Kunden skapad</translation>
        </message>
        <message>
            <source>Customer data changed</source>
            <translation>Kunduppgifterna ändrade</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Skapad</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Ändrad</translation>
        </message>
        <message>
            <source>Order price changed</source>
            <translation>Orderns pris ändrat</translation>
        </message>
        <message>
            <source>Order cancelled</source>
            <translation>Ordern annullerad</translation>
        </message>
        <message>
            <source>Billing request taken off the list</source>
            <translation>Faktureringsbegäran borttagen från listan</translation>
        </message>
        <message>
            <source>Billing requests of an order taken off the list</source>
            <translation>Orderns faktureringsbegäranden borttagna från listan</translation>
        </message>
        <message>
            <source>When</source>
            <translation>När</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Ändringar</translation>
        </message>
    </context>
    <context>
        <name>CollectionModel</name>
        <message>
            <source>Invoice</source>
            <translation>Faktura</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Kundnummer</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kund</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Förfallodag</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppet</translation>
        </message>
        <message>
            <source>Reminder fees open</source>
            <translation>Öppna påminnelseavgifter</translation>
        </message>
        <message>
            <source>Reminder #1 date</source>
            <translation>Datum för betalningspåminnelse #1</translation>
        </message>
        <message>
            <source>Reminder #2 date</source>
            <translation>Datum för betalningspåminnelse #2</translation>
        </message>
        <message>
            <source>Reminder #2 due date</source>
            <translation>Förfallodag för betalningspåminnelse #2</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>CustomerCardPage</name>
        <message>
            <source>Customer</source>
            <translation>Kund</translation>
        </message>
        <message>
            <source>Customer %1 %2</source>
            <translation>Kund %1 %2</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Redigera…</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Uppdatera</translation>
        </message>
        <message>
            <source>Contact information</source>
            <translation>Kontaktuppgifter</translation>
        </message>
        <message>
            <source>Billing information</source>
            <translation>Faktureringsuppgifter</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Kundnummer</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <source>E-invoice address / operator</source>
            <translation>E-fakturaadress / förmedlare</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>Bankkonto</translation>
        </message>
        <message>
            <source>Credit balance (saldo):</source>
            <translation>Saldo:</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Beställningar</translation>
        </message>
        <message>
            <source>Invoices and reminders</source>
            <translation>Fakturor och påminnelser</translation>
        </message>
        <message>
            <source>Open PDF</source>
            <translation>Öppna PDF</translation>
        </message>
        <message>
            <source>The selected invoice as the customer receives it (double-click a row)</source>
            <translation>Den valda fakturan så som kunden får den (eller dubbelklicka på raden)</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Betalningar</translation>
        </message>
        <message>
            <source>Credit balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <source>Ledger postings</source>
            <translation>Konteringar</translation>
        </message>
        <message>
            <source>Change log</source>
            <translation>Ändringslogg</translation>
        </message>
        <message>
            <source>Loading the customer…</source>
            <translation>Laddar kunden…</translation>
        </message>
        <message>
            <source>Customer card: %1</source>
            <translation>Kundkort: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dag</numerusform>
                <numerusform>%n dagar</numerusform>
            </translation>
        </message>
        <message>
            <source>Yes: no payment reminders are sent</source>
            <translation>Ja: inga betalningspåminnelser skickas</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>Money held for the customer; it pays the next invoices.</source>
            <translation>Kundens pengar hos oss; de betalar följande fakturor.</translation>
        </message>
        <message>
            <source>The customer owes this on the balance account.</source>
            <translation>Kunden är skyldig detta på saldokontot.</translation>
        </message>
        <message>
            <source>%1 of the customer's payments waits for handling in the Payments tab.</source>
            <translation>%1 av kundens betalningar väntar på hantering under fliken Betalningar.</translation>
        </message>
        <message>
            <source>The document was saved to %1.</source>
            <translation type="vanished">Dokumentet sparades: %1.</translation>
        </message>
    </context>
    <context>
        <name>CustomerEditDialog</name>
        <message>
            <source>Edit customer %1</source>
            <translation>Redigera kund %1</translation>
        </message>
        <message>
            <source>Contact information</source>
            <translation>Kontaktuppgifter</translation>
        </message>
        <message>
            <source>Billing information</source>
            <translation>Faktureringsuppgifter</translation>
        </message>
        <message>
            <source>No payment reminders (perintäkielto)</source>
            <translation>Inga betalningspåminnelser (indrivningsförbud)</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dagar</translation>
        </message>
        <message>
            <source>five digits in Finland</source>
            <translation>fem siffror i Finland</translation>
        </message>
        <message>
            <source>two-letter country code</source>
            <translation>landskod med två bokstäver</translation>
        </message>
        <message>
            <source>email address</source>
            <translation>e-postadress</translation>
        </message>
        <message>
            <source>phone number</source>
            <translation>telefonnummer</translation>
        </message>
        <message>
            <source>OVT code or IBAN of the receiver</source>
            <translation>mottagarens OVT-kod eller IBAN</translation>
        </message>
        <message>
            <source>the operator's identifier</source>
            <translation>förmedlarens kod</translation>
        </message>
        <message>
            <source>seven digits, hyphen, check digit</source>
            <translation>sju siffror, bindestreck, kontrollsiffra</translation>
        </message>
        <message>
            <source>account number in IBAN form</source>
            <translation>kontonummer i IBAN-form</translation>
        </message>
        <message>
            <source>filled in from a Finnish IBAN</source>
            <translation>fylls i från ett finskt IBAN</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>CustomerOrdersModel</name>
        <message>
            <source>Order number</source>
            <translation>Beställningsnummer</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Antal</translation>
        </message>
        <message>
            <source>Price (VAT 0%)</source>
            <translation>Pris (moms 0 %)</translation>
        </message>
        <message>
            <source>Sales channel</source>
            <translation>Försäljningskanal</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Cut-off date</source>
            <translation>Avbrottsdatum</translation>
        </message>
        <message>
            <source>Open the order</source>
            <translation>Öppna beställningen</translation>
        </message>
    </context>
    <context>
        <name>CustomerSearchModel</name>
        <message>
            <source>Customer number</source>
            <translation>Kundnummer</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Företag</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Current and future orders</source>
            <translation>Aktuella och kommande beställningar</translation>
        </message>
        <message>
            <source>cut off %1</source>
            <translation>avbruten %1</translation>
        </message>
        <message>
            <source>Open the customer card</source>
            <translation>Öppna kundkortet</translation>
        </message>
    </context>
    <context>
        <name>CustomerSearchPage</name>
        <message>
            <source>Front page</source>
            <translation>Startsida</translation>
        </message>
        <message>
            <source>Customer search</source>
            <translation>Kundsökning</translation>
        </message>
        <message>
            <source>Search customers… (Ctrl+F)</source>
            <translation>Sök kunder… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Name (any word, start of a word), customer number, email, phone, postal code, or an order, invoice or reference number.</source>
            <translation>Namn (vilket ord som helst eller början av ett ord), kundnummer, e-post, telefon, postnummer eller ett beställnings-, faktura- eller referensnummer.</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Söker…</translation>
        </message>
        <message>
            <source>No customers found for “%1”.</source>
            <translation>Inga kunder hittades för ”%1”.</translation>
        </message>
        <message>
            <source>The first %1 customers found; type more to narrow the search.</source>
            <translation>De första %1 kunderna visas; skriv mer för att begränsa sökningen.</translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s) found.</source>
            <translation>
                <numerusform>%n kund hittades.</numerusform>
                <numerusform>%n kunder hittades.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The search used the first %1 words; %n word(s) left out.</source>
            <translation>
                <numerusform>Sökningen använde de %1 första orden; %n ord lämnades bort.</numerusform>
                <numerusform>Sökningen använde de %1 första orden; %n ord lämnades bort.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DataTable</name>
        <message>
            <source>Filter the list… (Ctrl+F)</source>
            <translation>Filtrera listan… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>Markera alla</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopiera</translation>
        </message>
        <message>
            <source>Copy the selected rows for a spreadsheet (Ctrl+C)</source>
            <translation>Kopiera de markerade raderna till ett kalkylprogram (Ctrl+C)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportera…</translation>
        </message>
        <message>
            <source>Save the list as CSV or Excel (XLSX)</source>
            <translation>Spara listan som CSV eller Excel (XLSX)</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n rad</numerusform>
                <numerusform>%n rader</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 rows</source>
            <translation>%1 av %2 rader</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>Exportera listan</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv)</source>
            <translation>Excel-arbetsbok (*.xlsx);;CSV för kalkylprogram (*.csv)</translation>
        </message>
        <message>
            <source>%1 rows exported to %2.</source>
            <translation>%1 rader exporterades till %2.</translation>
        </message>
    </context>
    <context>
        <name>DispatchesModel</name>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Kundnummer</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kund</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Försök</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Orsak</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
    </context>
    <context>
        <name>InvoicesModel</name>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Förfallodag</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referens</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Summa</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppet</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>InvoicesPage</name>
        <message>
            <source>Invoices</source>
            <translation>Fakturor</translation>
        </message>
        <message>
            <source>Payment reminders and collection</source>
            <translation>Betalningspåminnelser och indrivning</translation>
        </message>
        <message>
            <source>Payment reminders</source>
            <translation>Betalningspåminnelser</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Indrivning</translation>
        </message>
        <message>
            <source>Fetch reminder candidates #1</source>
            <translation>Hämta påminnelsekandidater #1</translation>
        </message>
        <message>
            <source>Open invoices overdue long enough that have no reminder yet</source>
            <translation>Öppna fakturor som har varit förfallna tillräckligt länge och ännu inte har fått någon betalningspåminnelse</translation>
        </message>
        <message>
            <source>Fetch reminder candidates #2</source>
            <translation>Hämta påminnelsekandidater #2</translation>
        </message>
        <message>
            <source>Invoices still unpaid some days after reminder #1's due date</source>
            <translation>Fakturor som fortfarande är obetalda några dagar efter förfallodagen för betalningspåminnelse #1</translation>
        </message>
        <message>
            <source>Show the invoices that are not eligible, with the reason</source>
            <translation>Visa fakturorna som inte uppfyller villkoren, med orsaken</translation>
        </message>
        <message>
            <source>Fetch collection candidates</source>
            <translation>Hämta indrivningskandidater</translation>
        </message>
        <message>
            <source>Invoices still unpaid after reminder #2's due date.</source>
            <translation>Fakturor som fortfarande är obetalda efter förfallodagen för betalningspåminnelse #2.</translation>
        </message>
        <message>
            <source>Transfer to collection</source>
            <translation>Överför till indrivning</translation>
        </message>
        <message>
            <source>Export for the collection agency…</source>
            <translation>Exportera för inkassobyrån…</translation>
        </message>
        <message>
            <source>Save the selected invoices as CSV or Excel (XLSX) for the agency</source>
            <translation>Spara de markerade fakturorna som CSV eller Excel (XLSX) för inkassobyrån</translation>
        </message>
        <message>
            <source>No reference rate has been entered for the half-year of %1, so no late-payment interest is calculated for invoices due in it. An accountant enters the rate announced by the Bank of Finland (reskontra reference-rates).</source>
            <translation type="vanished">Ingen referensränta har angetts för halvåret som omfattar %1, så ingen dröjsmålsränta beräknas för fakturor som förfaller då. En bokförare anger den ränta som Finlands Bank meddelat (reskontra reference-rates).</translation>
        </message>
        <message numerus="yes">
            <source>%n invoice(s) can get payment reminder #%1; %2 not eligible yet.</source>
            <translation type="vanished">
                <numerusform>%n faktura kan få betalningspåminnelse #%1; %2 uppfyller inte villkoren ännu.</numerusform>
                <numerusform>%n fakturor kan få betalningspåminnelse #%1; %2 uppfyller inte villkoren ännu.</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter reference rate…</source>
            <translation>Ange referensränta…</translation>
        </message>
        <message>
            <source>No reference rate has been entered for the half-year %1–%2, so no late-payment interest is calculated for its days.</source>
            <translation>Ingen referensränta har angetts för halvåret %1–%2, så ingen dröjsmålsränta beräknas för dess dagar.</translation>
        </message>
        <message>
            <source>Enter the rate the Bank of Finland announced for it.</source>
            <translation>Ange den ränta som Finlands Bank har meddelat för det.</translation>
        </message>
        <message>
            <source>Ask an accountant to enter the rate the Bank of Finland announced for it.</source>
            <translation>Be en bokförare ange den ränta som Finlands Bank har meddelat för det.</translation>
        </message>
        <message numerus="yes">
            <source>%n invoice(s) can get payment reminder #%1; %2 already reminded; %3 not eligible yet.</source>
            <translation>
                <numerusform>%n faktura kan få betalningspåminnelse #%1; %2 har redan påmints; %3 uppfyller inte villkoren ännu.</numerusform>
                <numerusform>%n fakturor kan få betalningspåminnelse #%1; %2 har redan påmints; %3 uppfyller inte villkoren ännu.</numerusform>
            </translation>
        </message>
        <message>
            <source>Create payment reminder #%1</source>
            <translation>Skapa betalningspåminnelse #%1</translation>
        </message>
        <message>
            <source>Reminders are created from the list of eligible invoices.</source>
            <translation>Betalningspåminnelser skapas från listan över fakturor som uppfyller villkoren.</translation>
        </message>
        <message>
            <source>%1 selected: reminder fees %2, interest %3.</source>
            <translation>%1 markerade: påminnelseavgifter %2, dröjsmålsränta %3.</translation>
        </message>
        <message>
            <source>%1 selected: open %2, reminder fees open %3.</source>
            <translation>%1 markerade: öppet %2, öppna påminnelseavgifter %3.</translation>
        </message>
        <message numerus="yes">
            <source>Create %n payment reminder(s) #%1? Reminder fees %2 and late-payment interest %3 will be posted.</source>
            <translation>
                <numerusform>Skapa %n betalningspåminnelse #%1? Påminnelseavgiften %2 och dröjsmålsräntan %3 bokförs.</numerusform>
                <numerusform>Skapa %n betalningspåminnelser #%1? Påminnelseavgifter %2 och dröjsmålsränta %3 bokförs.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Create %n payment reminder(s) #%1? Reminder fees %2 will be posted.</source>
            <translation>
                <numerusform>Skapa %n betalningspåminnelse #%1? Påminnelseavgiften %2 bokförs.</numerusform>
                <numerusform>Skapa %n betalningspåminnelser #%1? Påminnelseavgifter %2 bokförs.</numerusform>
            </translation>
        </message>
        <message>
            <source>The reminders ask %1 in all: open invoices %2, reminder fees and interest %3.</source>
            <translation>Påminnelserna begär totalt %1: öppna fakturor %2, påminnelseavgifter och ränta %3.</translation>
        </message>
        <message>
            <source>Creating payment reminders #%1…</source>
            <translation>Skapar betalningspåminnelser #%1…</translation>
        </message>
        <message numerus="yes">
            <source>%n payment reminder(s) created</source>
            <translation>
                <numerusform>%n betalningspåminnelse skapad</numerusform>
                <numerusform>%n betalningspåminnelser skapade</numerusform>
            </translation>
        </message>
        <message>
            <source>Payment reminder #%1: reminder fees %2 and late-payment interest %3 were posted.</source>
            <translation>Betalningspåminnelse #%1: påminnelseavgifter %2 och dröjsmålsränta %3 bokfördes.</translation>
        </message>
        <message>
            <source>Send them from the Sending tab, each on its customer's channel.</source>
            <translation>Skicka dem från fliken Sändning, var och en via kundens egen kanal.</translation>
        </message>
        <message numerus="yes">
            <source>%n of the selected invoices got no reminder:</source>
            <translation>
                <numerusform>%n av de markerade fakturorna fick ingen betalningspåminnelse:</numerusform>
                <numerusform>%n av de markerade fakturorna fick ingen betalningspåminnelse:</numerusform>
            </translation>
        </message>
        <message>
            <source>Invoice %1 (customer %2): %3</source>
            <translation>Faktura %1 (kund %2): %3</translation>
        </message>
        <message>
            <source>Cancelled: no payment reminders were created.</source>
            <translation>Avbrutet: inga betalningspåminnelser skapades.</translation>
        </message>
        <message numerus="yes">
            <source>%n invoice(s) are unpaid after reminder #2: open %1, reminder fees open %2.</source>
            <translation>
                <numerusform>%n faktura är obetald efter betalningspåminnelse #2: öppet %1, öppna påminnelseavgifter %2.</numerusform>
                <numerusform>%n fakturor är obetalda efter betalningspåminnelse #2: öppet %1, öppna påminnelseavgifter %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Transfer %n invoice(s) to collection? Open %1 and reminder fees %2 go to the collection agency.</source>
            <translation>
                <numerusform>Överför %n faktura till indrivning? Öppet belopp %1 och påminnelseavgifter %2 går till inkassobyrån.</numerusform>
                <numerusform>Överför %n fakturor till indrivning? Öppet belopp %1 och påminnelseavgifter %2 går till inkassobyrån.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n invoice(s) transferred to collection.</source>
            <translation>
                <numerusform>%n faktura överfördes till indrivning.</numerusform>
                <numerusform>%n fakturor överfördes till indrivning.</numerusform>
            </translation>
        </message>
        <message>
            <source>They stay in the list for the export to the collection agency.</source>
            <translation>De stannar kvar i listan för exporten till inkassobyrån.</translation>
        </message>
        <message>
            <source>Export for the collection agency</source>
            <translation>Exportera för inkassobyrån</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv)</source>
            <translation>Excel-arbetsbok (*.xlsx);;CSV för kalkylprogram (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%n invoice(s) written to %1.</source>
            <translation>
                <numerusform>%n faktura sparades i %1.</numerusform>
                <numerusform>%n fakturor sparades i %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The database was upgraded; the old version was backed up to %1.</source>
            <translation>Databasen uppgraderades; den gamla versionen säkerhetskopierades till %1.</translation>
        </message>
        <message>
            <source>Reskontra</source>
            <translation>Reskontra</translation>
        </message>
        <message>
            <source>Reskontra (demo database)</source>
            <translation>Reskontra (övningsdatabas)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Visa</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <source>&amp;About Reskontra</source>
            <translation>&amp;Om Reskontra</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Arbetar…</translation>
        </message>
        <message>
            <source>demo database</source>
            <translation>övningsdatabas</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Databas: %1</translation>
        </message>
        <message>
            <source>User: %1 (%2)</source>
            <translation>Användare: %1 (%2)</translation>
        </message>
        <message>
            <source>Business date: %1</source>
            <translation>Arbetsdatum: %1</translation>
        </message>
        <message>
            <source>Kept open</source>
            <translation>Hålls öppen</translation>
        </message>
        <message>
            <source>At most %1 tabs can be kept open; close one first.</source>
            <translation>Högst %1 flikar kan hållas öppna; stäng först någon.</translation>
        </message>
        <message>
            <source>Let the next one open here</source>
            <translation>Öppna nästa här</translation>
        </message>
        <message>
            <source>Keep this tab open</source>
            <translation>Håll den här fliken öppen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Reskontra %1&lt;/h3&gt;&lt;p&gt;Accounts receivable for subscription businesses: billing, invoices, payments, reminders and refunds.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Reskontra %1&lt;/h3&gt;&lt;p&gt;Kundreskontra för prenumerationsverksamhet: fakturering, fakturor, betalningar, betalningspåminnelser och återbetalningar.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Reskontra</source>
            <translation>Om Reskontra</translation>
        </message>
    </context>
    <context>
        <name>ManualPaymentDialog</name>
        <message>
            <source>Enter payment</source>
            <translation>Mata in betalning</translation>
        </message>
        <message>
            <source>only when there is no reference</source>
            <translation>endast om referens saknas</translation>
        </message>
        <message>
            <source>Amount (€):</source>
            <translation>Belopp (€):</translation>
        </message>
        <message>
            <source>Reference number:</source>
            <translation>Referensnummer:</translation>
        </message>
        <message>
            <source>Booking date:</source>
            <translation>Bokföringsdag:</translation>
        </message>
        <message>
            <source>Payer:</source>
            <translation>Betalare:</translation>
        </message>
        <message>
            <source>Customer number:</source>
            <translation>Kundnummer:</translation>
        </message>
        <message>
            <source>Message:</source>
            <translation>Meddelande:</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>Registrera betalning</translation>
        </message>
        <message>
            <source>Type the amount, e.g. 49,90.</source>
            <translation type="vanished">Skriv beloppet, t.ex. 49,90.</translation>
        </message>
        <message>
            <source>The customer number is digits only.</source>
            <translation>Kundnumret består endast av siffror.</translation>
        </message>
        <message>
            <source>Record a payment of %1 with reference %2?</source>
            <translation>Registrera en betalning på %1 med referensen %2?</translation>
        </message>
        <message>
            <source>It paid invoice %1.</source>
            <translation>Den betalade faktura %1.</translation>
        </message>
        <message>
            <source>It paid part of invoice %1.</source>
            <translation>Den betalade en del av faktura %1.</translation>
        </message>
        <message>
            <source>It paid invoice %1; the rest waits under Needs handling.</source>
            <translation>Den betalade faktura %1; resten väntar under Kräver hantering.</translation>
        </message>
        <message>
            <source>It matched no invoice and waits under Needs handling.</source>
            <translation>Den kunde inte kopplas till någon faktura och väntar under Kräver hantering.</translation>
        </message>
        <message>
            <source>Payment recorded.</source>
            <translation>Betalningen har registrerats.</translation>
        </message>
    </context>
    <context>
        <name>NotEligibleModel</name>
        <message>
            <source>Invoice</source>
            <translation>Faktura</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Kundnummer</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kund</translation>
        </message>
        <message>
            <source>Customer type</source>
            <translation>Kundtyp</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Förfallodag</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Dagar försenad</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppet</translation>
        </message>
        <message>
            <source>Reminder #1</source>
            <translation>Betalningspåminnelse #1</translation>
        </message>
        <message>
            <source>Why not eligible</source>
            <translation>Orsak</translation>
        </message>
    </context>
    <context>
        <name>OrderChangeDialog</name>
        <message>
            <source>Change the price of order %1</source>
            <translation>Ändra priset på order %1</translation>
        </message>
        <message numerus="yes">
            <source>Now %1 per period (VAT 0%), list price %2. The new price goes to the order and to its %n pending billing request(s); invoices already made keep their price.</source>
            <translation>
                <numerusform>Nu %1 per period (moms 0 %), listpris %2. Det nya priset gäller ordern och dess %n väntande faktureringsbegäran; redan gjorda fakturor behåller sitt pris.</numerusform>
                <numerusform>Nu %1 per period (moms 0 %), listpris %2. Det nya priset gäller ordern och dess %n väntande faktureringsbegäranden; redan gjorda fakturor behåller sitt pris.</numerusform>
            </translation>
        </message>
        <message>
            <source>New price per period (VAT 0%):</source>
            <translation>Nytt pris per period (moms 0 %):</translation>
        </message>
        <message>
            <source>euros and cents</source>
            <translation>i euro och cent</translation>
        </message>
        <message>
            <source>Change the price</source>
            <translation>Ändra priset</translation>
        </message>
        <message>
            <source>Billing requests of order %1</source>
            <translation>Faktureringsbegäranden för order %1</translation>
        </message>
        <message numerus="yes">
            <source>Order %1 is no longer active (%2), but %n billing request(s) of it still wait in the Billing tab, where they can never be billed. Taking them off the list clears their error.</source>
            <translation>
                <numerusform>Order %1 är inte längre aktiv (%2), men %n faktureringsbegäran för den väntar ännu på fliken Fakturering och kan aldrig faktureras. När den tas bort från listan försvinner felet.</numerusform>
                <numerusform>Order %1 är inte längre aktiv (%2), men %n faktureringsbegäranden för den väntar ännu på fliken Fakturering och kan aldrig faktureras. När de tas bort från listan försvinner felet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Take them off the list</source>
            <translation>Ta bort från listan</translation>
        </message>
        <message>
            <source>Cancel order %1</source>
            <translation>Annullera order %1</translation>
        </message>
        <message numerus="yes">
            <source>Order %1 (%2) has not been billed. Cancelling it takes its %n pending billing request(s) off the list; it will not be billed.</source>
            <translation>
                <numerusform>Order %1 (%2) har inte fakturerats. Annulleringen tar bort dess %n väntande faktureringsbegäran från listan; ordern faktureras inte.</numerusform>
                <numerusform>Order %1 (%2) har inte fakturerats. Annulleringen tar bort dess %n väntande faktureringsbegäranden från listan; ordern faktureras inte.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel the order</source>
            <translation>Annullera ordern</translation>
        </message>
        <message>
            <source>Reason (kept in the audit log):</source>
            <translation>Orsak (sparas i ändringsloggen):</translation>
        </message>
        <message>
            <source>why the change is made</source>
            <translation>varför ändringen görs</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>Change the price of order %1 from %2 to %3 per period (VAT 0%)?</source>
            <translation>Ändra priset på order %1 från %2 till %3 per period (moms 0 %)?</translation>
        </message>
        <message numerus="yes">
            <source>Take the %n billing request(s) of order %1 off the list?</source>
            <translation>
                <numerusform>Ta bort %n faktureringsbegäran för order %1 från listan?</numerusform>
                <numerusform>Ta bort %n faktureringsbegäranden för order %1 från listan?</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel order %1? It will not be billed.</source>
            <translation>Annullera order %1? Den faktureras inte.</translation>
        </message>
    </context>
    <context>
        <name>OrderDetailPage</name>
        <message>
            <source>Order</source>
            <translation>Beställning</translation>
        </message>
        <message>
            <source>Order %1</source>
            <translation>Beställning %1</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Beställningsnummer</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Billing</source>
            <translation>Fakturering</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Antal</translation>
        </message>
        <message>
            <source>Price per period (VAT 0%)</source>
            <translation>Pris per period (moms 0 %)</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>Moms</translation>
        </message>
        <message>
            <source>Total incl. VAT</source>
            <translation>Totalt inkl. moms</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>Betalare</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Mottagare</translation>
        </message>
        <message>
            <source>Sales channel</source>
            <translation>Försäljningskanal</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Betalningssätt</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Uppdatera</translation>
        </message>
        <message>
            <source>Allowed actions in this state</source>
            <translation>Tillåtna åtgärder i detta läge</translation>
        </message>
        <message>
            <source>Invoices of this order and their payment state</source>
            <translation>Beställningens fakturor och deras betalningsläge</translation>
        </message>
        <message>
            <source>The billing requests of order %1 were taken off the list.</source>
            <translation>Faktureringsbegärandena för order %1 togs bort från listan.</translation>
        </message>
        <message>
            <source>Order %1 was cancelled.</source>
            <translation>Order %1 annullerades.</translation>
        </message>
        <message>
            <source>The price of order %1 is now %2.</source>
            <translation>Priset på order %1 är nu %2.</translation>
        </message>
        <message>
            <source>Loading the order…</source>
            <translation>Laddar beställningen…</translation>
        </message>
        <message>
            <source>Order %1: %2</source>
            <translation>Beställning %1: %2</translation>
        </message>
        <message>
            <source>until cancelled</source>
            <translation>tills vidare</translation>
        </message>
        <message>
            <source>(cut off %1)</source>
            <translation>(avbruten %1)</translation>
        </message>
        <message>
            <source>None: nothing can be done to an order in this state.</source>
            <translation>Inga: ingenting kan göras med en beställning i detta läge.</translation>
        </message>
    </context>
    <context>
        <name>PaymentsModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Belopp</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referens</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>Betalare</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Källa</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Unallocated</source>
            <translation>Ej avprickat</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>Bokförd</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Ej avprickat</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Kundnummer</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kund</translation>
        </message>
        <message>
            <source>Invoices paid</source>
            <translation>Betalda fakturor</translation>
        </message>
        <message>
            <source>Why it needs handling</source>
            <translation>Orsak till hantering</translation>
        </message>
        <message>
            <source>Payment no.</source>
            <translation>Betalning nr</translation>
        </message>
    </context>
    <context>
        <name>PaymentsPage</name>
        <message>
            <source>Payments</source>
            <translation>Betalningar</translation>
        </message>
        <message>
            <source>Payments and credit balance</source>
            <translation>Betalningar och saldon</translation>
        </message>
        <message>
            <source>Import bank file…</source>
            <translation>Importera bankfil…</translation>
        </message>
        <message>
            <source>The bank's reference payments (ISO 20022 camt.054)</source>
            <translation>Bankens referensbetalningar (ISO 20022 camt.054)</translation>
        </message>
        <message>
            <source>Enter payment…</source>
            <translation>Mata in betalning…</translation>
        </message>
        <message>
            <source>Practice bank file</source>
            <translation>Övningsbankfil</translation>
        </message>
        <message>
            <source>Demo: make a bank file that pays some open invoices, and import it</source>
            <translation>Övning: skapa en bankfil som betalar några öppna fakturor och importera den</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Uppdatera</translation>
        </message>
        <message>
            <source>Needs handling</source>
            <translation>Kräver hantering</translation>
        </message>
        <message>
            <source>Latest import</source>
            <translation>Senaste import</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Senaste 90 dagarna</translation>
        </message>
        <message>
            <source>To credit balance</source>
            <translation>För till saldo</translation>
        </message>
        <message>
            <source>The waiting money becomes the customer's credit balance, which pays the next invoices</source>
            <translation>De väntande pengarna blir kundens saldo, som betalar nästa fakturor</translation>
        </message>
        <message>
            <source>Allocate…</source>
            <translation>Pricka av…</translation>
        </message>
        <message>
            <source>Refund…</source>
            <translation>Återbetala…</translation>
        </message>
        <message>
            <source>A refund invoice for the refund report; finance pays the money back</source>
            <translation>En återbetalningsfaktura till återbetalningsrapporten; ekonomiavdelningen betalar tillbaka pengarna</translation>
        </message>
        <message>
            <source>Undo settlement…</source>
            <translation>Ångra avprickning…</translation>
        </message>
        <message>
            <source>Accept as payment</source>
            <translation>Godkänn som betalning</translation>
        </message>
        <message>
            <source>The payment held as possibly imported already is a payment of its own: book it and match it to its invoice</source>
            <translation>Betalningen som hålls som möjligen redan importerad är en egen betalning: bokför den och matcha den mot sin faktura</translation>
        </message>
        <message>
            <source>Discard as duplicate</source>
            <translation>Förkasta som dubblett</translation>
        </message>
        <message>
            <source>The payment held as possibly imported already was imported before: keep it discarded, never booked</source>
            <translation>Betalningen som hålls som möjligen redan importerad har importerats tidigare: den förblir förkastad och bokförs aldrig</translation>
        </message>
        <message>
            <source>Apply return…</source>
            <translation>Tillämpa retur…</translation>
        </message>
        <message>
            <source>Choose the payment the bank's return takes back</source>
            <translation>Välj betalningen som bankens retur tar tillbaka</translation>
        </message>
        <message numerus="yes">
            <source>%n payment(s) wait for handling: %1 in all. Turn them into credit balance, allocate or refund them.</source>
            <translation>
                <numerusform>%n betalning väntar på hantering: totalt %1. För den till saldo, pricka av eller återbetala den.</numerusform>
                <numerusform>%n betalningar väntar på hantering: totalt %1. För dem till saldo, pricka av eller återbetala dem.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n payment(s) are held with nothing booked: accept or discard them, or apply the return.</source>
            <translation>
                <numerusform>%n betalning hålls utan att något har bokförts: godkänn eller förkasta den, eller tillämpa returen.</numerusform>
                <numerusform>%n betalningar hålls utan att något har bokförts: godkänn eller förkasta dem, eller tillämpa returen.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 selected; %2 waiting (%3).</source>
            <translation>%1 markerade; %2 väntar på hantering (%3).</translation>
        </message>
        <message>
            <source>Import bank file</source>
            <translation>Importera bankfil</translation>
        </message>
        <message>
            <source>Bank files (*.xml *.XML);;All files (*)</source>
            <translation>Bankfiler (*.xml *.XML);;Alla filer (*)</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>Filen %1 kan inte läsas: %2</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Importerar %1…</translation>
        </message>
        <message numerus="yes">
            <source>%1 was already imported (%2): its %n payment(s) were skipped; nothing was imported.</source>
            <translation>
                <numerusform>Filen %1 har redan importerats (%2): dess %n betalning hoppades över; ingenting importerades.</numerusform>
                <numerusform>Filen %1 har redan importerats (%2): dess %n betalningar hoppades över; ingenting importerades.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n payment(s) imported</source>
            <translation>
                <numerusform>%n betalning importerad</numerusform>
                <numerusform>%n betalningar importerade</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 matched, %2 partial, %3 overpaid, %4 unmatched.</source>
            <translation>%1 avprickade, %2 delbetalningar, %3 överbetalningar, %4 oavprickade.</translation>
        </message>
        <message numerus="yes">
            <source>%n bank reversal(s) took payments back.</source>
            <translation>
                <numerusform>%n återföring från banken tog tillbaka en betalning.</numerusform>
                <numerusform>%n återföringar från banken tog tillbaka betalningar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n payment(s) were imported earlier and skipped.</source>
            <translation>
                <numerusform>%n betalning hade importerats tidigare och hoppades över.</numerusform>
                <numerusform>%n betalningar hade importerats tidigare och hoppades över.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n payment(s) were possibly imported already: held under Needs handling, nothing booked.</source>
            <translation>
                <numerusform>%n betalning har möjligen redan importerats: den väntar under Kräver hantering, inget har bokförts.</numerusform>
                <numerusform>%n betalningar har möjligen redan importerats: de väntar under Kräver hantering, inget har bokförts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bank return(s) do not say which payment they take back: they wait under Needs handling.</source>
            <translation>
                <numerusform>%n bankretur anger inte vilken betalning den tar tillbaka: den väntar under Kräver hantering.</numerusform>
                <numerusform>%n bankreturer anger inte vilken betalning de tar tillbaka: de väntar under Kräver hantering.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n payment(s) need handling.</source>
            <translation>
                <numerusform>%n betalning kräver hantering.</numerusform>
                <numerusform>%n betalningar kräver hantering.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not imported: %1</source>
            <translation>Importerades inte: %1</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was imported.</source>
            <translation>Importen avbröts; ingenting importerades.</translation>
        </message>
        <message>
            <source>The payment matches no customer. Customer number:</source>
            <translation>Betalningen kan inte kopplas till någon kund. Kundnummer:</translation>
        </message>
        <message>
            <source>Some of the selected payments match no customer. Handle those one at a time.</source>
            <translation>Några av de markerade betalningarna kan inte kopplas till någon kund. Hantera dem en i taget.</translation>
        </message>
        <message numerus="yes">
            <source>Turn %1 of %n payment(s) into credit balance? The balance pays the customer's next invoices.</source>
            <translation>
                <numerusform>För %1 från %n betalning till saldo? Saldot betalar kundens nästa fakturor.</numerusform>
                <numerusform>För %1 från %n betalningar till saldo? Saldot betalar kundens nästa fakturor.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n payment(s) turned into credit balance.</source>
            <translation>
                <numerusform>%1 från %n betalning fördes till saldo.</numerusform>
                <numerusform>%1 från %n betalningar fördes till saldo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Återbetalning</translation>
        </message>
        <message>
            <source>Refund %1 to the customer? A refund invoice is made and waits on the refund report until finance has paid it back.</source>
            <translation>Återbetala %1 till kunden? En återbetalningsfaktura skapas och väntar på återbetalningsrapporten tills ekonomiavdelningen har betalat tillbaka pengarna.</translation>
        </message>
        <message>
            <source>Refund invoice %1 created.</source>
            <translation>Återbetalningsfaktura %1 har skapats.</translation>
        </message>
        <message>
            <source>invoice %1 (%2)</source>
            <translation>faktura %1 (%2)</translation>
        </message>
        <message>
            <source>Undo what this payment paid: %1? The invoices open again and the money waits under Needs handling.</source>
            <translation>Ångra det som betalningen betalade: %1? Fakturorna öppnas igen och pengarna väntar under Kräver hantering.</translation>
        </message>
        <message numerus="yes">
            <source>%n settlement(s) undone.</source>
            <translation>
                <numerusform>%n avprickning ångrad.</numerusform>
                <numerusform>%n avprickningar ångrade.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Book %n payment(s) held as possibly imported already (%1 in all)? Each is then a payment of its own and pays its invoice.</source>
            <translation>
                <numerusform>Bokföra %n betalning som hålls som möjligen redan importerad (sammanlagt %1)? Den är då en egen betalning och betalar sin faktura.</numerusform>
                <numerusform>Bokföra %n betalningar som hålls som möjligen redan importerade (sammanlagt %1)? Var och en är då en egen betalning och betalar sin faktura.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n payment(s) booked.</source>
            <translation>
                <numerusform>%n betalning bokförd.</numerusform>
                <numerusform>%n betalningar bokförda.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Discard %n payment(s) as imported already (%1 in all)? Nothing of them is booked; they stay listed as discarded.</source>
            <translation>
                <numerusform>Förkasta %n betalning som redan importerad (sammanlagt %1)? Inget av den bokförs; den står kvar i listan som förkastad.</numerusform>
                <numerusform>Förkasta %n betalningar som redan importerade (sammanlagt %1)? Inget av dem bokförs; de står kvar i listan som förkastade.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n payment(s) discarded as duplicates.</source>
            <translation>
                <numerusform>%n betalning förkastad som dubblett.</numerusform>
                <numerusform>%n betalningar förkastade som dubbletter.</numerusform>
            </translation>
        </message>
        <message>
            <source>None of the payments this return may take back can be reversed any more. Settle it with the bank.</source>
            <translation>Ingen av betalningarna som denna retur kan ta tillbaka kan längre återföras. Reda ut det med banken.</translation>
        </message>
        <message>
            <source>Payment %1: %2 on %3 from %4, reference %5, %6</source>
            <translation>Betalning %1: %2 den %3 från %4, referens %5, %6</translation>
        </message>
        <message>
            <source>Apply return</source>
            <translation>Tillämpa retur</translation>
        </message>
        <message>
            <source>Which payment does the bank's return of %1 take back?</source>
            <translation>Vilken betalning tar bankens retur på %1 tillbaka?</translation>
        </message>
        <message>
            <source>Reverse payment %1? What it paid opens again, as the bank took the money back.</source>
            <translation>Återföra betalning %1? Det den betalade öppnas igen, eftersom banken tog tillbaka pengarna.</translation>
        </message>
        <message>
            <source>Return applied: payment %1 reversed.</source>
            <translation>Returen tillämpad: betalning %1 återförd.</translation>
        </message>
    </context>
    <context>
        <name>PostingsModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Voucher</source>
            <translation>Verifikat</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Händelse</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Debit</source>
            <translation>Debet</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Kredit</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>Preview — nothing is sent</source>
            <translation>Förhandsgranskning – ingenting skickas</translation>
        </message>
        <message>
            <source>PREVIEW: this is what would go out. Nothing has been sent or marked.</source>
            <translation>FÖRHANDSGRANSKNING: detta är vad som skulle skickas. Ingenting har skickats eller markerats som skickat.</translation>
        </message>
        <message>
            <source>Showing the first %1 of %2 documents; all %2 are sent when Preview is off.</source>
            <translation>Visar de första %1 av %2 dokument; alla %2 skickas när förhandsgranskningen är av.</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) would go out.</source>
            <translation>
                <numerusform>%n dokument skulle skickas.</numerusform>
                <numerusform>%n dokument skulle skickas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open the PDF</source>
            <translation>Öppna PDF</translation>
        </message>
        <message>
            <source>Invoice %1 → %2</source>
            <translation>Faktura %1 → %2</translation>
        </message>
        <message>
            <source>To: %1</source>
            <translation>Till: %1</translation>
        </message>
        <message>
            <source>Subject: %1</source>
            <translation>Ämne: %1</translation>
        </message>
        <message>
            <source>[attachment: the invoice as PDF]</source>
            <translation>[bilaga: fakturan som PDF]</translation>
        </message>
        <message>
            <source>A printed letter to:
%1</source>
            <translation>Ett utskrivet brev till:
%1</translation>
        </message>
    </context>
    <context>
        <name>ReferenceRateDialog</name>
        <message>
            <source>Enter reference rate</source>
            <translation>Ange referensränta</translation>
        </message>
        <message>
            <source>The reference rate announced by the Bank of Finland for a half-year. Late-payment interest is the reference rate + 7 points for consumers and + 8 points between businesses.</source>
            <translation>Den referensränta som Finlands Bank har meddelat för ett halvår. Dröjsmålsräntan är referensräntan + 7 procentenheter för konsumenter och + 8 procentenheter mellan företag.</translation>
        </message>
        <message>
            <source>&amp;Half-year</source>
            <translation>&amp;Halvår</translation>
        </message>
        <message>
            <source>&amp;Reference rate, %</source>
            <translation>&amp;Referensränta, %</translation>
        </message>
        <message>
            <source>for example %1</source>
            <translation>till exempel %1</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>RowTableModel</name>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
    </context>
    <context>
        <name>SendingPage</name>
        <message>
            <source>Being sent</source>
            <translation>Skickas</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Skickad</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Misslyckades</translation>
        </message>
        <message>
            <source>PDF only</source>
            <translation>Endast PDF</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Sändning</translation>
        </message>
        <message>
            <source>EMAIL</source>
            <translation>E-POST</translation>
        </message>
        <message>
            <source>E-INVOICE</source>
            <translation>E-FAKTURA</translation>
        </message>
        <message>
            <source>PAPER</source>
            <translation>PAPPER</translation>
        </message>
        <message>
            <source>Sending invoices and reminders</source>
            <translation>Sändning av fakturor och påminnelser</translation>
        </message>
        <message>
            <source>Channel:</source>
            <translation>Sändningskanal:</translation>
        </message>
        <message>
            <source>Billing run:</source>
            <translation>Faktureringskörning:</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Uppdatera</translation>
        </message>
        <message>
            <source>Preview (sends nothing)</source>
            <translation>Förhandsgranskning (skickar ingenting)</translation>
        </message>
        <message>
            <source>PREVIEW IS ON: pressing the button shows what would go out and sends nothing. Switch Preview off to send for real.</source>
            <translation>FÖRHANDSGRANSKNINGEN ÄR PÅ: knappen visar vad som skulle skickas och skickar ingenting. Stäng av förhandsgranskningen för att skicka på riktigt.</translation>
        </message>
        <message>
            <source>Make PDFs only…</source>
            <translation>Skapa endast PDF-filer…</translation>
        </message>
        <message>
            <source>Write the documents of the selection to a folder; nothing is marked sent</source>
            <translation>Spara dokumenten för de markerade i en mapp; ingenting markeras som skickat</translation>
        </message>
        <message>
            <source>Change channel</source>
            <translation>Byt sändningskanal</translation>
        </message>
        <message>
            <source>Send the selected invoices on another channel (e.g. a rejected e-invoice as a letter)</source>
            <translation>Skicka de markerade fakturorna via en annan sändningskanal (t.ex. en avvisad e-faktura som pappersfaktura)</translation>
        </message>
        <message>
            <source>Resend</source>
            <translation>Skicka igen</translation>
        </message>
        <message>
            <source>Send the selected emails of delivery unknown again (the same Message-ID: a mail system drops a duplicate)</source>
            <translation>Skicka de valda e-postmeddelandena med okänd leverans igen (samma Message-ID: ett e-postsystem tar bort en dubblett)</translation>
        </message>
        <message>
            <source>Mark sent</source>
            <translation>Markera som skickad</translation>
        </message>
        <message>
            <source>The selected emails of delivery unknown did reach the customer: mark them sent without sending again</source>
            <translation>De valda e-postmeddelandena med okänd leverans nådde kunden: markera dem som skickade utan att skicka igen</translation>
        </message>
        <message>
            <source>Sending settings…</source>
            <translation>Sändningsinställningar…</translation>
        </message>
        <message>
            <source>Earlier sending batches:</source>
            <translation>Tidigare sändningsbatcher:</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Visa</translation>
        </message>
        <message numerus="yes">
            <source>%n invoice(s) cannot be sent on this channel; the row says why.</source>
            <translation>
                <numerusform>%n faktura kan inte skickas via den här kanalen; raden visar varför.</numerusform>
                <numerusform>%n fakturor kan inte skickas via den här kanalen; raderna visar varför.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delivery unknown for %n email(s): the sending stopped while they were being sent. Check the sent mail, then select them and press Resend or Mark sent.</source>
            <translation>
                <numerusform>Okänd leverans för %n e-postmeddelande: sändningen avbröts medan det skickades. Kontrollera skickad e-post, välj det och tryck Skicka igen eller Markera som skickad.</numerusform>
                <numerusform>Okänd leverans för %n e-postmeddelanden: sändningen avbröts medan de skickades. Kontrollera skickad e-post, välj dem och tryck Skicka igen eller Markera som skickad.</numerusform>
            </translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alla</translation>
        </message>
        <message>
            <source>PDFs only</source>
            <translation>Endast PDF-filer</translation>
        </message>
        <message>
            <source>%1 (interrupted)</source>
            <translation>%1 (avbruten)</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 sent, %4 failed</source>
            <translation>%1 · %2 · %3 skickade, %4 misslyckades</translation>
        </message>
        <message>
            <source>to %1</source>
            <translation>till %1</translation>
        </message>
        <message>
            <source>Send invoices by email</source>
            <translation>Skicka fakturor per e-post</translation>
        </message>
        <message>
            <source>Send e-invoices</source>
            <translation>Skicka e-fakturor</translation>
        </message>
        <message>
            <source>Print invoices (paper batch)</source>
            <translation>Skriv ut fakturor (utskriftsbatch)</translation>
        </message>
        <message>
            <source>Preview: %1</source>
            <translation>Förhandsgranskning: %1</translation>
        </message>
        <message>
            <source>%1 selected, %2 can be sent (%3).</source>
            <translation>%1 markerade, %2 kan skickas (%3).</translation>
        </message>
        <message numerus="yes">
            <source>Send %n invoice(s) on the channel %1 now?</source>
            <translation>
                <numerusform>Skicka %n faktura via kanalen %1 nu?</numerusform>
                <numerusform>Skicka %n fakturor via kanalen %1 nu?</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending by email needs the SMTP server, which is not set. Open the sending settings now?</source>
            <translation>Sändning per e-post behöver SMTP-servern, som inte är inställd. Öppna sändningsinställningarna nu?</translation>
        </message>
        <message>
            <source>Sending e-invoices needs the outbox folder, which is not set. Open the sending settings now?</source>
            <translation>Sändning av e-fakturor behöver utkorgsmappen, som inte är inställd. Öppna sändningsinställningarna nu?</translation>
        </message>
        <message>
            <source>A print batch needs the print batch folder, which is not set. Open the sending settings now?</source>
            <translation>En utskriftsomgång behöver utskriftsmappen, som inte är inställd. Öppna sändningsinställningarna nu?</translation>
        </message>
        <message>
            <source>SMTP password</source>
            <translation>SMTP-lösenord</translation>
        </message>
        <message>
            <source>This computer keeps no passwords. The SMTP password (kept until you close Reskontra):</source>
            <translation>Den här datorn sparar inga lösenord. SMTP-lösenordet (sparas tills du stänger Reskontra):</translation>
        </message>
        <message>
            <source>Writing the PDFs…</source>
            <translation>Skriver PDF-filerna…</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Skickar…</translation>
        </message>
        <message numerus="yes">
            <source>%n PDF(s) written; nothing was marked sent.</source>
            <translation>
                <numerusform>%n PDF-fil skrevs; ingenting markerades som skickat.</numerusform>
                <numerusform>%n PDF-filer skrevs; ingenting markerades som skickat.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n invoice(s) sent by email.</source>
            <translation>
                <numerusform>%n faktura skickades per e-post.</numerusform>
                <numerusform>%n fakturor skickades per e-post.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n e-invoice(s) written to the outbox for the operator.</source>
            <translation>
                <numerusform>%n e-faktura sparades i utkorgen för leverans till förmedlaren.</numerusform>
                <numerusform>%n e-fakturor sparades i utkorgen för leverans till förmedlaren.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n invoice(s) in the print batch.</source>
            <translation>
                <numerusform>%n faktura i utskriftsbatchen.</numerusform>
                <numerusform>%n fakturor i utskriftsbatchen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed and stay unsent:</source>
            <translation>
                <numerusform>%n misslyckades och förblir oskickad:</numerusform>
                <numerusform>%n misslyckades och förblir oskickade:</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled: the rest were not sent.</source>
            <translation>Avbrutet: resten skickades inte.</translation>
        </message>
        <message>
            <source>Files in %1</source>
            <translation>Filerna finns i %1</translation>
        </message>
        <message numerus="yes">
            <source>Send %n email(s) of delivery unknown again? If the customer already has one, the mail system drops the duplicate.</source>
            <translation>
                <numerusform>Skicka %n e-postmeddelande med okänd leverans igen? Om kunden redan har fått det tar e-postsystemet bort dubbletten.</numerusform>
                <numerusform>Skicka %n e-postmeddelanden med okänd leverans igen? Om kunden redan har fått dem tar e-postsystemet bort dubbletterna.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n email(s) sent without sending them again? Do this only when the sent mail shows they went out.</source>
            <translation>
                <numerusform>Markera %n e-postmeddelande som skickat utan att skicka det igen? Gör så bara om skickad e-post visar att det gick iväg.</numerusform>
                <numerusform>Markera %n e-postmeddelanden som skickade utan att skicka dem igen? Gör så bara om skickad e-post visar att de gick iväg.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n email(s) marked sent.</source>
            <translation>
                <numerusform>%n e-postmeddelande markerat som skickat.</numerusform>
                <numerusform>%n e-postmeddelanden markerade som skickade.</numerusform>
            </translation>
        </message>
        <message>
            <source>Folder for the PDFs</source>
            <translation>Mapp för PDF-filerna</translation>
        </message>
        <message numerus="yes">
            <source>Move %n invoice(s) to the channel %1?</source>
            <translation>
                <numerusform>Flytta %n faktura till kanalen %1?</numerusform>
                <numerusform>Flytta %n fakturor till kanalen %1?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n invoice(s) moved.</source>
            <translation>
                <numerusform>%n faktura flyttades.</numerusform>
                <numerusform>%n fakturor flyttades.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending batch %1</source>
            <translation>Sändningsbatch %1</translation>
        </message>
    </context>
    <context>
        <name>SendingSettingsDialog</name>
        <message>
            <source>Sending settings</source>
            <translation>Sändningsinställningar</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ingen kryptering</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Välj…</translation>
        </message>
        <message>
            <source>E-invoice outbox folder</source>
            <translation>Utkorgsmapp för e-fakturor</translation>
        </message>
        <message>
            <source>Print batch folder</source>
            <translation>Mapp för utskriftsomgångar</translation>
        </message>
        <message>
            <source>Email (SMTP)</source>
            <translation>E-post (SMTP)</translation>
        </message>
        <message>
            <source>SMTP server:</source>
            <translation>SMTP-server:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Portnummer:</translation>
        </message>
        <message>
            <source>Security:</source>
            <translation>Säkerhet:</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>Användare:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Lösenord:</translation>
        </message>
        <message>
            <source>Sender address:</source>
            <translation>Avsändaradress:</translation>
        </message>
        <message>
            <source>E-invoices and paper</source>
            <translation>E-fakturor och papper</translation>
        </message>
        <message>
            <source>E-invoice outbox folder:</source>
            <translation>Utkorgsmapp för e-fakturor:</translation>
        </message>
        <message>
            <source>Print batch folder:</source>
            <translation>Mapp för utskriftsomgångar:</translation>
        </message>
        <message>
            <source>(stored in the keyring)</source>
            <translation>(sparat i nyckelringen)</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(inte inställt)</translation>
        </message>
        <message>
            <source>Only an accountant can change the settings shown read-only; ask one to set them.</source>
            <translation>Endast en bokförare kan ändra inställningarna som visas skrivskyddade; be en bokförare ställa in dem.</translation>
        </message>
    </context>
    <context>
        <name>SkippedRequestsModel</name>
        <message>
            <source>Customer number</source>
            <translation>Kundnummer</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Beställning</translation>
        </message>
        <message>
            <source>Why it was skipped</source>
            <translation>Orsak till överhoppningen</translation>
        </message>
    </context>
    <context>
        <name>SummaryModel</name>
        <message>
            <source>VAT 0 %</source>
            <translation>Moms 0 %</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>Moms</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
    </context>
    <context>
        <name>UnsentModel</name>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Kundnummer</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kund</translation>
        </message>
        <message>
            <source>Address on this channel</source>
            <translation>Adress för den här kanalen</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Förfallodag</translation>
        </message>
        <message>
            <source>To pay</source>
            <translation>Att betala</translation>
        </message>
        <message>
            <source>Batch id</source>
            <translation>Batch-id</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Fel: %1</translation>
        </message>
        <message>
            <source>Last attempt failed: %1</source>
            <translation>Senaste försöket misslyckades: %1</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Reskontra</source>
            <translation type="vanished">Reskontra</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Startar…</translation>
        </message>
        <message>
            <source>Creating the demo database…</source>
            <translation>Skapar övningsdatabasen…</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Öppnar databasen…</translation>
        </message>
        <message>
            <source>Reskontra: the database cannot be opened</source>
            <translation>Reskontra: databasen kan inte öppnas</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Ingenting ändrades.</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>Reskontra ran into an unexpected error. The action was not completed and nothing half-done was saved.</source>
            <translation>Reskontra stötte på ett oväntat fel. Åtgärden slutfördes inte och inget halvfärdigt sparades.</translation>
        </message>
        <message>
            <source>The details were written to %1.</source>
            <translation>Detaljerna skrevs till %1.</translation>
        </message>
        <message>
            <source>Reskontra: unexpected error</source>
            <translation>Reskontra: oväntat fel</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Fortsätt</translation>
        </message>
        <message>
            <source>Quit Reskontra</source>
            <translation>Avsluta Reskontra</translation>
        </message>
    </context>
    <context>
        <name>customer_fields</name>
        <message>
            <source>Customer type</source>
            <translation>Kundtyp</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Förnamn</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Efternamn</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Företagets namn</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>Gatuadress</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postnummer</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Postanstalt</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Billing channel</source>
            <translation>Faktureringskanal</translation>
        </message>
        <message>
            <source>E-invoice address</source>
            <translation>E-fakturaadress</translation>
        </message>
        <message>
            <source>E-invoice operator</source>
            <translation>E-fakturaförmedlare</translation>
        </message>
        <message>
            <source>Business ID</source>
            <translation>FO-nummer</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <source>BIC</source>
            <translation>BIC</translation>
        </message>
        <message>
            <source>Payment term (days)</source>
            <translation>Betalningsvillkor (dagar)</translation>
        </message>
        <message>
            <source>No reminders</source>
            <translation>Inga påminnelser</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Price per period</source>
            <translation>Pris per period</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Orsak</translation>
        </message>
        <message>
            <source>Billing requests</source>
            <translation>Faktureringsbegäranden</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>The document was saved to %1.</source>
            <translation>Dokumentet sparades: %1.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Something went wrong.</source>
            <translation>Något gick fel.</translation>
        </message>
        <message>
            <source>Please correct the highlighted fields.</source>
            <translation>Rätta de markerade fälten.</translation>
        </message>
        <message>
            <source>{what} {key} was not found.</source>
            <translation>{what} {key} hittades inte.</translation>
        </message>
        <message>
            <source>Only an accountant may do this: {action}.</source>
            <translation>Endast en bokförare får göra detta: {action}.</translation>
        </message>
        <message>
            <source>Someone else changed this record at the same time. Reload it and try again.</source>
            <translation>Någon annan ändrade samma uppgifter samtidigt. Ladda om dem och försök igen.</translation>
        </message>
        <message>
            <source>The database address is not valid: {url}</source>
            <translation>Databasadressen är ogiltig: {url}</translation>
        </message>
        <message>
            <source>Cannot connect to the database server at {where}. Check that the server is running and the address is right. ({detail})</source>
            <translation>Kan inte ansluta till databasservern {where}. Kontrollera att servern är igång och att adressen är rätt. ({detail})</translation>
        </message>
        <message>
            <source>The file {path} is not a Reskontra database or it is damaged. Nothing was changed. ({detail})</source>
            <translation>Filen {path} är inte en Reskontra-databas eller så är den skadad. Ingenting ändrades. ({detail})</translation>
        </message>
        <message>
            <source>This database was made by a newer version of Reskontra (schema {revision}). Install the newer version; nothing was changed.</source>
            <translation>Databasen har skapats med en nyare version av Reskontra (schema {revision}). Installera den nyare versionen; ingenting ändrades.</translation>
        </message>
        <message>
            <source>The connection to the database was lost. Nothing was saved; try again. ({detail})</source>
            <translation>Anslutningen till databasen bröts. Ingenting sparades; försök igen. ({detail})</translation>
        </message>
        <message>
            <source>The file {path} could not be written: {detail}</source>
            <translation>Filen {path} kunde inte skrivas: {detail}</translation>
        </message>
        <message>
            <source>Choose a file name ending in .csv or .xlsx (not {path}).</source>
            <translation>Välj ett filnamn som slutar på .csv eller .xlsx (inte {path}).</translation>
        </message>
        <message>
            <source>The voucher does not balance: debits and credits differ by {difference} cents.</source>
            <translation>Verifikatet balanserar inte: debet och kredit skiljer sig med {difference} cent.</translation>
        </message>
        <message>
            <source>A voucher needs at least two postings.</source>
            <translation>Ett verifikat behöver minst två konteringar.</translation>
        </message>
        <message>
            <source>The date {date} falls in a period that is {state}. Choose a date in an open period (next open: {next_open}).</source>
            <translation>Datumet {date} infaller i en period som är {state}. Välj ett datum i en öppen period (nästa öppna: {next_open}).</translation>
        </message>
        <message>
            <source>There is no accounting period for {date}. An accountant must create the fiscal year first.</source>
            <translation>Det finns ingen bokföringsperiod för {date}. En bokförare måste först skapa räkenskapsåret.</translation>
        </message>
        <message>
            <source>Postings are locked up to {lock_date}; {date} is not allowed (next open: {next_open}).</source>
            <translation>Konteringar är låsta till och med {lock_date}; {date} är inte tillåtet (nästa öppna: {next_open}).</translation>
        </message>
        <message>
            <source>The fiscal year {year} has been closed; nothing can be posted into it.</source>
            <translation>Räkenskapsåret {year} är stängt; inget kan bokföras på det.</translation>
        </message>
        <message>
            <source>The chart of accounts has no account for the role {role}.</source>
            <translation>Kontoplanen har inget konto för rollen {role}.</translation>
        </message>
        <message>
            <source>{reference} is not a valid reference number.</source>
            <translation>{reference} är inte ett giltigt referensnummer.</translation>
        </message>
        <message>
            <source>The value {value!r} is not valid for {key}.</source>
            <translation>Värdet {value!r} är inte giltigt för {key}.</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Inställning</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>det är en mapp</translation>
        </message>
        <message>
            <source>not an SQLite file</source>
            <translation>inte en SQLite-fil</translation>
        </message>
        <message>
            <source>The due date {due_date} is before the invoice date {invoice_date}.</source>
            <translation>Förfallodagen {due_date} är före fakturadatumet {invoice_date}.</translation>
        </message>
        <message>
            <source>Choose the date up to which billing requests are billed.</source>
            <translation>Välj det datum till och med vilket faktureringsbegäranden faktureras.</translation>
        </message>
        <message>
            <source>No VAT payable account is set for the VAT rate {rate}.</source>
            <translation>Inget konto för utgående moms har angetts för momssatsen {rate}.</translation>
        </message>
        <message>
            <source>The billing request is not yet due</source>
            <translation>Faktureringsbegäran ska ännu inte faktureras</translation>
        </message>
        <message>
            <source>The billing request belongs to the other billing run (subscriptions or advertisements)</source>
            <translation>Faktureringsbegäran hör till den andra faktureringskörningen (prenumerationer eller annonser)</translation>
        </message>
        <message>
            <source>Another billing run billed this request at the same time</source>
            <translation>En annan faktureringskörning fakturerade denna begäran samtidigt</translation>
        </message>
        <message>
            <source>Billing run</source>
            <translation>Faktureringskörning</translation>
        </message>
        <message>
            <source>Missing address for the paper channel</source>
            <translation>Adress saknas för pappersfakturering</translation>
        </message>
        <message>
            <source>Missing email address for the email channel</source>
            <translation>E-postadress saknas för fakturering per e-post</translation>
        </message>
        <message>
            <source>Missing e-invoice address or operator</source>
            <translation>E-fakturaadress eller förmedlare saknas</translation>
        </message>
        <message>
            <source>The order is cancelled</source>
            <translation>Beställningen är annullerad</translation>
        </message>
        <message>
            <source>The order has been cut off</source>
            <translation>Beställningen har avbrutits</translation>
        </message>
        <message>
            <source>The order has ended</source>
            <translation>Beställningen har avslutats</translation>
        </message>
        <message>
            <source>The order has been refunded</source>
            <translation>Beställningen har återbetalats</translation>
        </message>
        <message>
            <source>Zero or negative price</source>
            <translation>Priset är noll eller negativt</translation>
        </message>
        <message>
            <source>Zero or negative quantity</source>
            <translation>Antalet är noll eller negativt</translation>
        </message>
        <message>
            <source>Missing customer name</source>
            <translation>Kundens namn saknas</translation>
        </message>
        <message>
            <source>No VAT rate in force for the period</source>
            <translation>Ingen momssats gäller för perioden</translation>
        </message>
        <message>
            <source>The billing request has already been billed</source>
            <translation>Faktureringsbegäran har redan fakturerats</translation>
        </message>
        <message>
            <source>The billing request is cancelled</source>
            <translation>Faktureringsbegäran är annullerad</translation>
        </message>
        <message>
            <source>A posted voucher cannot be changed; post a reversal instead.</source>
            <translation>Ett bokfört verifikat kan inte ändras; bokför en återföring i stället.</translation>
        </message>
        <message>
            <source>Account id {account_id} does not exist or is not active; nothing can be posted on it.</source>
            <translation>Kontot med id {account_id} finns inte eller är inte aktivt; inget kan bokföras på det.</translation>
        </message>
        <message>
            <source>The fiscal year {year} has already been closed; its periods cannot change.</source>
            <translation>Räkenskapsåret {year} har redan stängts; dess perioder kan inte ändras.</translation>
        </message>
        <message>
            <source>The fiscal year {year} ends on {end_date}; it can be closed only after that day.</source>
            <translation>Räkenskapsåret {year} slutar {end_date}; det kan stängas först efter den dagen.</translation>
        </message>
        <message>
            <source>Close the fiscal year {earlier} first: years are closed in order.</source>
            <translation>Stäng först räkenskapsåret {earlier}: räkenskapsåren stängs i tur och ordning.</translation>
        </message>
        <message>
            <source>The fiscal year {year} already exists.</source>
            <translation>Räkenskapsåret {year} finns redan.</translation>
        </message>
        <message>
            <source>{value} is not a valid year (1900–2999).</source>
            <translation>{value} är inte ett giltigt år (1900–2999).</translation>
        </message>
        <message>
            <source>{value} is not a period; write it as YYYY-MM, e.g. 2026-03.</source>
            <translation>{value} är inte en period; skriv den i formen ÅÅÅÅ-MM, t.ex. 2026-03.</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Räkenskapsår</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Bokföringsperiod</translation>
        </message>
        <message>
            <source>{iban} is not a valid IBAN.</source>
            <translation>{iban} är inte ett giltigt IBAN-nummer.</translation>
        </message>
        <message>
            <source>The bank bar code can only be made for a Finnish (FI) account; {iban} is not one.</source>
            <translation>Bankstreckkoden kan bara skapas för ett finländskt (FI) konto; {iban} är inte ett sådant.</translation>
        </message>
        <message>
            <source>The reference {reference} contains letters and cannot be put in the bank bar code.</source>
            <translation>Referensen {reference} innehåller bokstäver och kan inte tas med i bankstreckkoden.</translation>
        </message>
        <message>
            <source>The bank bar code cannot carry a negative amount ({amount}).</source>
            <translation>Bankstreckkoden kan inte innehålla ett negativt belopp ({amount}).</translation>
        </message>
        <message>
            <source>Billing request {request_id} has already been billed or cancelled; it cannot be changed.</source>
            <translation>Faktureringsbegäran {request_id} har redan fakturerats eller annullerats; den kan inte ändras.</translation>
        </message>
        <message>
            <source>The quantity must be a whole number of at least 1.</source>
            <translation>Antalet måste vara ett heltal, minst 1.</translation>
        </message>
        <message>
            <source>The price must be zero or more, in euros and cents.</source>
            <translation>Priset måste vara noll eller mer, i euro och cent.</translation>
        </message>
        <message>
            <source>Billing request</source>
            <translation>Faktureringsbegäran</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kund</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Beställning</translation>
        </message>
        <message>
            <source>The database already has {customers} customers. Demo data is only added to an empty database, so it can never mix with real books.</source>
            <translation>Databasen har redan {customers} kunder. Övningsdata läggs bara till i en tom databas, så att de aldrig kan blandas med riktig bokföring.</translation>
        </message>
        <message>
            <source>The number of demo customers must be a whole number from 1 to {maximum}.</source>
            <translation>Antalet övningskunder måste vara ett heltal från 1 till {maximum}.</translation>
        </message>
        <message>
            <source>No VAT rate in force for {vat_class} on {date}.</source>
            <translation>Ingen momssats gäller för momsklassen {vat_class} den {date}.</translation>
        </message>
        <message>
            <source>The EPC QR code field {part} may be at most {limit} characters; it has {length}.</source>
            <translation>Fältet {part} i EPC-QR-koden får ha högst {limit} tecken; det har {length}.</translation>
        </message>
        <message>
            <source>The EPC QR code field {part} is not valid: {value}</source>
            <translation>Fältet {part} i EPC-QR-koden är ogiltigt: {value}</translation>
        </message>
        <message>
            <source>The EPC QR code amount must be between 0.01 and 999999999.99 euros, not {amount}.</source>
            <translation>Beloppet i EPC-QR-koden måste vara mellan 0,01 och 999 999 999,99 euro, inte {amount}.</translation>
        </message>
        <message>
            <source>An EPC QR code carries either a structured reference or a remittance text, not both.</source>
            <translation>En EPC-QR-kod innehåller antingen en strukturerad referens eller ett meddelande, inte båda.</translation>
        </message>
        <message>
            <source>The EPC QR code data is {size} bytes; at most 331 bytes fit.</source>
            <translation>Innehållet i EPC-QR-koden är {size} byte; högst 331 byte ryms.</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>belopp</translation>
        </message>
        <message>
            <source>version</source>
            <translation>version</translation>
        </message>
        <message>
            <source>character set</source>
            <translation>teckenuppsättning</translation>
        </message>
        <message>
            <source>name</source>
            <translation>namn</translation>
        </message>
        <message>
            <source>purpose</source>
            <translation>ändamål</translation>
        </message>
        <message>
            <source>BIC</source>
            <translation>BIC</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <source>Unknown invoice status {status}; choose open, overdue or paid.</source>
            <translation>Okänd fakturastatus {status}; välj open, overdue eller paid.</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Faktura</translation>
        </message>
        <message>
            <source>Reminded invoice of reminder</source>
            <translation>Ursprunglig faktura för betalningspåminnelse</translation>
        </message>
        <message>
            <source>This value is not valid.</source>
            <translation>Värdet är ogiltigt.</translation>
        </message>
        <message>
            <source>{value} is not a valid email address (expected a form like name@example.fi).</source>
            <translation>{value} är inte en giltig e-postadress (formen ska vara t.ex. namn@exempel.fi).</translation>
        </message>
        <message>
            <source>A Finnish postal code has five digits, e.g. 00100; {value} is not one.</source>
            <translation>Ett finländskt postnummer har fem siffror, t.ex. 00100; {value} är inte ett sådant.</translation>
        </message>
        <message>
            <source>{value} is not a valid postal code.</source>
            <translation>{value} är inte ett giltigt postnummer.</translation>
        </message>
        <message>
            <source>{value} is not a valid business ID (Y-tunnus): the form is 1234567-8 and the last digit must match.</source>
            <translation>{value} är inte ett giltigt FO-nummer: formen är 1234567-8 och den sista siffran (kontrollsiffran) måste stämma.</translation>
        </message>
        <message>
            <source>The IBAN {value} has wrong check digits; please check the account number.</source>
            <translation>IBAN-numret {value} har fel kontrollsiffror; kontrollera kontonumret.</translation>
        </message>
        <message>
            <source>{value} is not a valid IBAN (an international bank account number, e.g. FI21 1234 5600 0007 85).</source>
            <translation>{value} är inte ett giltigt IBAN-nummer (ett internationellt bankkontonummer, t.ex. FI21 1234 5600 0007 85).</translation>
        </message>
        <message>
            <source>{value} is not a valid BIC (8 or 11 characters, e.g. NDEAFIHH).</source>
            <translation>{value} är inte en giltig BIC-kod (8 eller 11 tecken, t.ex. NDEAFIHH).</translation>
        </message>
        <message>
            <source>A phone number has 7 to 15 digits (+, spaces and dashes allowed); {value} is not one.</source>
            <translation>Ett telefonnummer har 7–15 siffror (+, mellanslag och bindestreck tillåts); {value} är inte ett sådant.</translation>
        </message>
        <message>
            <source>{value} is not a valid e-invoice address: use an OVT code (0037, the 8 digits of a valid business ID and an optional suffix of up to 5 characters) or an IBAN.</source>
            <translation>{value} är inte en giltig e-fakturaadress: använd en OVT-kod (0037, de 8 siffrorna i ett giltigt FO-nummer och ett valfritt tillägg på högst 5 tecken) eller ett IBAN-nummer.</translation>
        </message>
        <message>
            <source>{value} is not a valid e-invoice operator code (an OVT code such as 003721291126 or a BIC such as NDEAFIHH).</source>
            <translation>{value} är inte en giltig förmedlarkod för e-faktura (en OVT-kod som 003721291126 eller en BIC-kod som NDEAFIHH).</translation>
        </message>
        <message>
            <source>{value} is not a supported language; choose fi, sv or en.</source>
            <translation>{value} är inte ett språk som stöds; välj fi, sv eller en.</translation>
        </message>
        <message>
            <source>{value} is not a billing channel; choose email, einvoice or paper.</source>
            <translation>{value} är inte en faktureringskanal; välj email, einvoice eller paper.</translation>
        </message>
        <message>
            <source>{value} is not a customer type; choose person or company.</source>
            <translation>{value} är inte en kundtyp; välj person eller company.</translation>
        </message>
        <message>
            <source>{value} is not a country code; use two letters such as FI or SE.</source>
            <translation>{value} är inte en landskod; använd två bokstäver, till exempel FI eller SE.</translation>
        </message>
        <message>
            <source>The payment term must be a whole number of days from 0 to 365; {value} is not.</source>
            <translation>Betalningsvillkoret måste vara ett helt antal dagar från 0 till 365; {value} är inte giltigt.</translation>
        </message>
        <message>
            <source>{value} is not yes or no.</source>
            <translation>{value} är inte ja eller nej.</translation>
        </message>
        <message>
            <source>At most {max} characters are allowed here.</source>
            <translation>Högst {max} tecken är tillåtna här.</translation>
        </message>
        <message>
            <source>The email channel needs an email address.</source>
            <translation>Fakturering per e-post kräver en e-postadress.</translation>
        </message>
        <message>
            <source>The e-invoice channel needs an e-invoice address.</source>
            <translation>E-fakturering kräver en e-fakturaadress.</translation>
        </message>
        <message>
            <source>The e-invoice channel needs an e-invoice operator.</source>
            <translation>E-fakturering kräver en e-fakturaförmedlare.</translation>
        </message>
        <message>
            <source>Paper invoices need the street address, postal code and city.</source>
            <translation>Pappersfakturor kräver gatuadress, postnummer och postanstalt.</translation>
        </message>
        <message>
            <source>A person needs a last name or a first name.</source>
            <translation>En person måste ha ett efternamn eller ett förnamn.</translation>
        </message>
        <message>
            <source>A company needs a company name.</source>
            <translation>Ett företag måste ha ett företagsnamn.</translation>
        </message>
        <message>
            <source>{value} is not a customer field that can be changed.</source>
            <translation>{value} är inte ett kundfält som kan ändras.</translation>
        </message>
        <message>
            <source>Customer {customer} has no e-invoice address, so no e-invoice can be made.</source>
            <translation>Kunden {customer} har ingen e-fakturaadress, så ingen e-faktura kan skapas.</translation>
        </message>
        <message>
            <source>The e-invoice setting {setting} must be 2 to {max_length} characters, not '{value}'.</source>
            <translation>E-fakturainställningen {setting} måste vara 2–{max_length} tecken lång, inte ”{value}”.</translation>
        </message>
        <message>
            <source>The company's bank account (IBAN) is not set; an e-invoice needs the account to pay to.</source>
            <translation>Företagets bankkonto (IBAN) har inte angetts; en e-faktura behöver kontot som betalningen ska göras till.</translation>
        </message>
        <message>
            <source>Set the e-invoice outbox folder in the settings (einvoice.outbox_dir) first.</source>
            <translation>Ange först mappen för utgående e-fakturor i inställningarna (einvoice.outbox_dir).</translation>
        </message>
        <message>
            <source>Set the print batch folder in the settings (paper.output_dir) first.</source>
            <translation>Ange först mappen för utskriftsbatcher i inställningarna (paper.output_dir).</translation>
        </message>
        <message>
            <source>Set the SMTP server in the settings (smtp.host) first.</source>
            <translation>Ange först SMTP-servern i inställningarna (smtp.host).</translation>
        </message>
        <message>
            <source>Cannot write to the folder {path}: {detail}. Nothing was sent.</source>
            <translation>Det går inte att skriva i mappen {path}: {detail}. Ingenting skickades.</translation>
        </message>
        <message>
            <source>This computer has no password store (keyring); set the SMTP password in the environment variable RESKONTRA_SMTP_PASSWORD instead.</source>
            <translation>Den här datorn har inget lösenordsförråd (keyring); ange i stället SMTP-lösenordet i miljövariabeln RESKONTRA_SMTP_PASSWORD.</translation>
        </message>
        <message>
            <source>Unknown sending channel {channel}; choose email, einvoice or paper.</source>
            <translation>Okänd sändningskanal {channel}; välj email, einvoice eller paper.</translation>
        </message>
        <message>
            <source>The customer has no email address</source>
            <translation>Kunden har ingen e-postadress</translation>
        </message>
        <message>
            <source>The customer has no e-invoice address or operator</source>
            <translation>Kunden saknar e-fakturaadress eller förmedlare</translation>
        </message>
        <message>
            <source>The customer has no postal address</source>
            <translation>Kunden har ingen postadress</translation>
        </message>
        <message>
            <source>Already sent</source>
            <translation>Redan skickad</translation>
        </message>
        <message>
            <source>Being sent from another desk at the same time</source>
            <translation>Skickas samtidigt från en annan arbetsstation</translation>
        </message>
        <message>
            <source>Cannot connect to the SMTP server {where}: {detail}</source>
            <translation>Kan inte ansluta till SMTP-servern {where}: {detail}</translation>
        </message>
        <message>
            <source>The SMTP server refused the message: {detail}</source>
            <translation>SMTP-servern avvisade meddelandet: {detail}</translation>
        </message>
        <message>
            <source>The SMTP server did not accept the login: {detail}</source>
            <translation>SMTP-servern godkände inte inloggningen: {detail}</translation>
        </message>
        <message>
            <source>The SMTP server refused the address {address}: {detail}</source>
            <translation>SMTP-servern avvisade adressen {address}: {detail}</translation>
        </message>
        <message>
            <source>The invoice is {status} and is not sent</source>
            <translation>Fakturans status är {status}, så den skickas inte</translation>
        </message>
        <message>
            <source>Set the SMTP user (smtp.user) before its password.</source>
            <translation>Ange SMTP-användaren (smtp.user) innan lösenordet.</translation>
        </message>
        <message>
            <source>Invoice {number} has not been sent as an e-invoice, so it cannot be marked rejected.</source>
            <translation>Faktura {number} har inte skickats som e-faktura, så den kan inte markeras som avvisad.</translation>
        </message>
        <message>
            <source>Invoice {number} has already been sent; it keeps its channel.</source>
            <translation>Faktura {number} har redan skickats; den behåller sin sändningskanal.</translation>
        </message>
        <message>
            <source>Sending batch</source>
            <translation>Sändningsbatch</translation>
        </message>
        <message>
            <source>{file} cannot be imported as a bank file.</source>
            <translation>{file} kan inte importeras som bankfil.</translation>
        </message>
        <message>
            <source>{file} is not an ISO 20022 camt.054 bank notification (it is {found}).</source>
            <translation>{file} är inte en bankfil enligt ISO 20022 camt.054 (det är {found}).</translation>
        </message>
        <message>
            <source>{file} is not a valid bank file: {detail}</source>
            <translation>{file} är inte en giltig bankfil: {detail}</translation>
        </message>
        <message>
            <source>Payment {bank_ref} is in {currency}; only euro payments can be imported.</source>
            <translation>Betalningen {bank_ref} är i {currency}; endast betalningar i euro kan importeras.</translation>
        </message>
        <message>
            <source>Entry {bank_ref} is a debit, not an incoming payment.</source>
            <translation>Posten {bank_ref} är en debitering, inte en inbetalning.</translation>
        </message>
        <message>
            <source>Entry {bank_ref} reverses a debit (money returned to the account), not an incoming payment.</source>
            <translation>Posten {bank_ref} återför en debitering (pengar tillbaka till kontot), den är inte en inbetalning.</translation>
        </message>
        <message>
            <source>Entry {bank_ref} is not booked yet (status {status}).</source>
            <translation>Posten {bank_ref} är inte bokförd ännu (status {status}).</translation>
        </message>
        <message>
            <source>Payment {bank_ref} has no amount of its own, and its entry holds several payments.</source>
            <translation>Betalningen {bank_ref} har inget eget belopp, och dess post innehåller flera betalningar.</translation>
        </message>
        <message>
            <source>Payment {bank_ref} has the amount {amount}; only amounts above zero can be imported.</source>
            <translation>Betalningen {bank_ref} har beloppet {amount}; endast belopp över noll kan importeras.</translation>
        </message>
        <message>
            <source>the file is empty.</source>
            <translation>filen är tom.</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>ett PDF-dokument</translation>
        </message>
        <message>
            <source>not an XML file</source>
            <translation>inte en XML-fil</translation>
        </message>
        <message>
            <source>it declares a document type (DTD).</source>
            <translation>den deklarerar en dokumenttyp (DTD).</translation>
        </message>
        <message>
            <source>The payment cannot be handled.</source>
            <translation>Betalningen kan inte hanteras.</translation>
        </message>
        <message>
            <source>Payment {payment} has nothing left to allocate.</source>
            <translation>Betalningen {payment} har inget kvar att pricka av.</translation>
        </message>
        <message>
            <source>Payment {payment} matches no customer. Choose the customer first.</source>
            <translation>Betalningen {payment} kan inte kopplas till någon kund. Välj kunden först.</translation>
        </message>
        <message>
            <source>{amount} is more than the {open} still open on invoice {invoice}.</source>
            <translation>{amount} är mer än de {open} som fortfarande är öppna på faktura {invoice}.</translation>
        </message>
        <message>
            <source>The allocations add up to {amount}, but only {unallocated} of the payment is unallocated.</source>
            <translation>Avprickningarna uppgår till {amount}, men endast {unallocated} av betalningen är ej avprickat.</translation>
        </message>
        <message>
            <source>An allocation must be more than zero (invoice {invoice}).</source>
            <translation>En avprickning måste vara större än noll (faktura {invoice}).</translation>
        </message>
        <message>
            <source>Invoice {invoice} cannot take a payment: it is {state}.</source>
            <translation>Faktura {invoice} kan inte ta emot en betalning: den har status {state}.</translation>
        </message>
        <message>
            <source>Invoice {invoice} belongs to customer {invoice_customer}, not to customer {customer} of the payment.</source>
            <translation>Faktura {invoice} tillhör kund {invoice_customer}, inte betalningens kund {customer}.</translation>
        </message>
        <message>
            <source>This settlement of invoice {invoice} was already undone.</source>
            <translation>Denna avprickning mot faktura {invoice} har redan ångrats.</translation>
        </message>
        <message>
            <source>The amount must be more than zero.</source>
            <translation>Beloppet måste vara större än noll.</translation>
        </message>
        <message>
            <source>Only euro payments can be entered (not {currency}).</source>
            <translation>Endast betalningar i euro kan matas in (inte {currency}).</translation>
        </message>
        <message>
            <source>{reference} is not a valid Finnish or RF reference number.</source>
            <translation>{reference} är inte ett giltigt finskt referensnummer eller RF-referens.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was imported.</source>
            <translation>Importen avbröts; ingenting importerades.</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Betalning</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Avprickning</translation>
        </message>
        <message>
            <source>The reference rate cannot be saved.</source>
            <translation>Referensräntan kan inte sparas.</translation>
        </message>
        <message>
            <source>A reference rate is set for a half-year: 1.1.–30.6. or 1.7.–31.12., not from {start}.</source>
            <translation>Referensräntan fastställs för ett halvår i taget: 1.1.–30.6. eller 1.7.–31.12., inte från {start}.</translation>
        </message>
        <message>
            <source>A reference rate is between 0 and 20 percent, not {rate}.</source>
            <translation>Referensräntan ska vara mellan 0 och 20 procent, inte {rate}.</translation>
        </message>
        <message>
            <source>A payment reminder is #1 or #2, not #{level}.</source>
            <translation>En betalningspåminnelse är #1 eller #2, inte #{level}.</translation>
        </message>
        <message>
            <source>{count} of the selected invoices cannot be transferred to collection; the first is invoice {number}: {reason} Nothing was transferred.</source>
            <translation>{count} av de markerade fakturorna kan inte överföras till indrivning; den första är faktura {number}: {reason} Ingenting överfördes.</translation>
        </message>
        <message>
            <source>Overdue {days} days; a reminder #1 is possible from {date}.</source>
            <translation>Förfallen sedan {days} dagar; betalningspåminnelse #1 kan göras från och med {date}.</translation>
        </message>
        <message>
            <source>The invoice is due only on {due}; a reminder #1 is possible from {date}.</source>
            <translation>Fakturan förfaller först {due}; betalningspåminnelse #1 kan göras från och med {date}.</translation>
        </message>
        <message>
            <source>The customer has the no-reminders flag.</source>
            <translation>Kunden har indrivningsförbud.</translation>
        </message>
        <message>
            <source>The invoice has the no-reminders flag.</source>
            <translation>Fakturan har indrivningsförbud.</translation>
        </message>
        <message>
            <source>The order was cut off.</source>
            <translation>Beställningen har avbrutits.</translation>
        </message>
        <message>
            <source>Covered by the customer's credit balance of {balance}.</source>
            <translation>Täcks av kundens saldo på {balance}.</translation>
        </message>
        <message>
            <source>Reminder #1 is due only on {date}; #2 is possible from {date2}.</source>
            <translation>Betalningspåminnelse #1 förfaller först {date}; #2 kan göras från och med {date2}.</translation>
        </message>
        <message>
            <source>Reminder #1 was due on {date}; #2 is possible from {date2}.</source>
            <translation>Betalningspåminnelse #1 förföll {date}; #2 kan göras från och med {date2}.</translation>
        </message>
        <message>
            <source>No reminder #1 has been made for this invoice yet.</source>
            <translation>Ingen betalningspåminnelse #1 har ännu gjorts för denna faktura.</translation>
        </message>
        <message>
            <source>Already reminded (#{level}, invoice {number}).</source>
            <translation>Redan påmind (#{level}, faktura {number}).</translation>
        </message>
        <message>
            <source>The invoice is not open any more.</source>
            <translation>Fakturan är inte längre öppen.</translation>
        </message>
        <message>
            <source>Only invoices and ad invoices get payment reminders.</source>
            <translation>Betalningspåminnelser görs endast för fakturor och annonsfakturor.</translation>
        </message>
        <message>
            <source>No fee: only {days} days since the due date; more than {min} are required.</source>
            <translation>Ingen påminnelseavgift: endast {days} dagar sedan förfallodagen; mer än {min} krävs.</translation>
        </message>
        <message>
            <source>No fee: only {days} days since reminder #1; more than {min} are required.</source>
            <translation>Ingen påminnelseavgift: endast {days} dagar sedan betalningspåminnelse #1; mer än {min} krävs.</translation>
        </message>
        <message>
            <source>It has been paid.</source>
            <translation>Den är betald.</translation>
        </message>
        <message>
            <source>It is not open.</source>
            <translation>Den är inte öppen.</translation>
        </message>
        <message>
            <source>It has already been transferred to collection.</source>
            <translation>Den har redan överförts till indrivning.</translation>
        </message>
        <message>
            <source>It has no sent reminder #2 whose due date has passed.</source>
            <translation>Den har ingen skickad betalningspåminnelse #2 vars förfallodag har passerat.</translation>
        </message>
        <message>
            <source>{count} payment reminders #{level} were created: reminder fees {fees}, interest {interest}.</source>
            <translation>{count} betalningspåminnelser #{level} skapades: påminnelseavgifter {fees}, dröjsmålsränta {interest}.</translation>
        </message>
        <message>
            <source>PREVIEW, nothing was written: {count} payment reminders #{level} would be created: reminder fees {fees}, interest {interest}.</source>
            <translation>FÖRHANDSGRANSKNING, ingenting sparades: {count} betalningspåminnelser #{level} skulle skapas: påminnelseavgifter {fees}, dröjsmålsränta {interest}.</translation>
        </message>
        <message>
            <source>No invoice is eligible for a payment reminder #{level}.</source>
            <translation>Ingen faktura uppfyller villkoren för betalningspåminnelse #{level}.</translation>
        </message>
        <message>
            <source>Reminder {number} of invoice {invoice} (customer {customer}): fee {fee}, interest {interest}, due {due}.</source>
            <translation>Betalningspåminnelse {number} för faktura {invoice} (kund {customer}): påminnelseavgift {fee}, dröjsmålsränta {interest}, förfallodag {due}.</translation>
        </message>
        <message>
            <source>Invoice {invoice} (customer {customer}): {reason}</source>
            <translation>Faktura {invoice} (kund {customer}): {reason}</translation>
        </message>
        <message>
            <source>{count} overdue invoices are not eligible:</source>
            <translation>{count} förfallna fakturor uppfyller inte villkoren:</translation>
        </message>
        <message>
            <source>{count} invoices are still unpaid after reminder #2 and can be transferred to collection.</source>
            <translation>{count} fakturor är fortfarande obetalda efter betalningspåminnelse #2 och kan överföras till indrivning.</translation>
        </message>
        <message>
            <source>Invoice {invoice} (customer {customer}, {name}): open {open}, reminder fees {fees}, reminder #2 due {due}.</source>
            <translation>Faktura {invoice} (kund {customer}, {name}): öppet {open}, påminnelseavgifter {fees}, förfallodag för betalningspåminnelse #2 {due}.</translation>
        </message>
        <message>
            <source>{count} invoices were transferred to collection.</source>
            <translation>{count} fakturor överfördes till indrivning.</translation>
        </message>
        <message>
            <source>{count} invoices were written to {path}.</source>
            <translation>{count} fakturor sparades i {path}.</translation>
        </message>
        <message>
            <source>The payment needs handling.</source>
            <translation>Betalningen kräver hantering.</translation>
        </message>
        <message>
            <source>The payment has no reference number.</source>
            <translation>Betalningen saknar referensnummer.</translation>
        </message>
        <message>
            <source>No invoice has the reference {reference}.</source>
            <translation>Ingen faktura har referensen {reference}.</translation>
        </message>
        <message>
            <source>The reference {reference} is not a valid Finnish or RF reference number.</source>
            <translation>{reference} är inte ett giltigt finskt referensnummer eller en RF-referens.</translation>
        </message>
        <message>
            <source>Overpaid by {amount}: invoice {invoice} is paid.</source>
            <translation>Överbetalt med {amount}: faktura {invoice} är betald.</translation>
        </message>
        <message>
            <source>Invoice {invoice} was already paid.</source>
            <translation>Faktura {invoice} var redan betald.</translation>
        </message>
        <message>
            <source>Invoice {invoice} is credited or cut off; nothing is left to pay on it.</source>
            <translation>Faktura {invoice} är krediterad eller avbruten; inget återstår att betala på den.</translation>
        </message>
        <message>
            <source>Reference {reference} belongs to a {kind}, which is not paid by the customer.</source>
            <translation>Referensen {reference} hör till ett dokument som kunden inte betalar ({kind}).</translation>
        </message>
        <message>
            <source>The settlement of invoice {invoice} was undone.</source>
            <translation>Avprickningen mot faktura {invoice} ångrades.</translation>
        </message>
        <message>
            <source>Entered for customer {customer} without an invoice.</source>
            <translation>Registrerad för kund {customer} utan faktura.</translation>
        </message>
        <message>
            <source>Reversal {bank_ref} of {amount} (reference {reference}) matches no imported payment; settle it with the bank.</source>
            <translation>Återföringen {bank_ref} på {amount} (referens {reference}) motsvarar ingen importerad betalning; reda ut den med banken.</translation>
        </message>
        <message>
            <source>Reversal {bank_ref}: payment {payment} was already turned into credit balance that has been used, or refunded; handle it by hand.</source>
            <translation>Återföring {bank_ref}: betalningen {payment} har redan förts till ett saldo som har använts, eller återbetalats; hantera den manuellt.</translation>
        </message>
        <message>
            <source>Reversal of payment {payment}.</source>
            <translation>Återföring av betalning {payment}.</translation>
        </message>
        <message>
            <source>Reversed by the bank ({bank_ref}).</source>
            <translation>Återförd av banken ({bank_ref}).</translation>
        </message>
        <message>
            <source>The demo data would break a foreign key ({table}); nothing was written.</source>
            <translation type="vanished">Övningsdata skulle bryta en främmande nyckel ({table}); inget sparades.</translation>
        </message>
        <message>
            <source>Invoice {number}</source>
            <translation>Faktura {number}</translation>
        </message>
        <message>
            <source>Ad invoice {number}</source>
            <translation>Annonsfaktura {number}</translation>
        </message>
        <message>
            <source>Credit balance applied to invoice {number}</source>
            <translation>Saldo använt för faktura {number}</translation>
        </message>
        <message>
            <source>Payment of invoice {number}</source>
            <translation>Betalning av faktura {number}</translation>
        </message>
        <message>
            <source>Payment {reference} to invoice {numbers}</source>
            <translation>Betalning {reference} till faktura {numbers}</translation>
        </message>
        <message>
            <source>Payment {reference} unallocated</source>
            <translation>Betalning {reference} oavprickad</translation>
        </message>
        <message>
            <source>Payment to credit balance</source>
            <translation>Betalning till saldo</translation>
        </message>
        <message>
            <source>Payment {payment} to credit balance</source>
            <translation>Betalning {payment} till saldo</translation>
        </message>
        <message>
            <source>Payment {payment} allocated to invoice {numbers}</source>
            <translation>Betalning {payment} avprickad mot faktura {numbers}</translation>
        </message>
        <message>
            <source>Payment {payment} refunded: refund invoice {number}</source>
            <translation>Betalning {payment} återbetald: återbetalningsfaktura {number}</translation>
        </message>
        <message>
            <source>Bank reversal of payment {payment}</source>
            <translation>Bankens återföring av betalning {payment}</translation>
        </message>
        <message>
            <source>Settlement of invoice {number} undone</source>
            <translation>Avprickningen av faktura {number} ångrad</translation>
        </message>
        <message>
            <source>Reminder {number}</source>
            <translation>Betalningspåminnelse {number}</translation>
        </message>
        <message>
            <source>Payment reminder #{level} {number} of invoice {invoice}</source>
            <translation>Betalningspåminnelse #{level} {number} för faktura {invoice}</translation>
        </message>
        <message>
            <source>Refund invoice {number}</source>
            <translation>Återbetalningsfaktura {number}</translation>
        </message>
        <message>
            <source>Refund invoice {number} paid out</source>
            <translation>Återbetalningsfaktura {number} utbetald</translation>
        </message>
        <message>
            <source>Cut-off of a paid order to credit balance</source>
            <translation>Avbrott av en betald beställning till saldo</translation>
        </message>
        <message>
            <source>Cash desk sale: {product}</source>
            <translation>Kassaförsäljning: {product}</translation>
        </message>
        <message>
            <source>Online sale: {product}</source>
            <translation>Webbförsäljning: {product}</translation>
        </message>
        <message>
            <source>Cash desk refund: {product}</source>
            <translation>Kassaåterbetalning: {product}</translation>
        </message>
        <message>
            <source>Online refund: {product}</source>
            <translation>Webbåterbetalning: {product}</translation>
        </message>
        <message>
            <source>The price {text} is not an amount in euros (for example 49,90).</source>
            <translation type="vanished">Priset {text} är inte ett belopp i euro (till exempel 49,90).</translation>
        </message>
        <message>
            <source>The price {text} has more than two decimals; give it in euros and cents.</source>
            <translation type="vanished">Priset {text} har fler än två decimaler; ange det i euro och cent.</translation>
        </message>
        <message>
            <source>The price must be more than zero.</source>
            <translation>Priset måste vara större än noll.</translation>
        </message>
        <message>
            <source>Order {order_number} already has the price {price}.</source>
            <translation>Order {order_number} har redan priset {price}.</translation>
        </message>
        <message>
            <source>Give a reason for the change; it is kept in the audit log.</source>
            <translation>Ange en orsak till ändringen; den sparas i ändringsloggen.</translation>
        </message>
        <message>
            <source>Order {order_number} is cancelled; it cannot be changed.</source>
            <translation>Order {order_number} är annullerad; den kan inte ändras.</translation>
        </message>
        <message>
            <source>Order {order_number} has been cut off, has ended or has been refunded; it cannot be changed.</source>
            <translation>Order {order_number} har avbrutits, upphört eller återbetalats; den kan inte ändras.</translation>
        </message>
        <message>
            <source>Order {order_number} is a cash-desk or online sale, paid when it was sold; it cannot be changed here.</source>
            <translation>Order {order_number} är en kassa- eller webbförsäljning som betalades vid köpet; den kan inte ändras här.</translation>
        </message>
        <message>
            <source>Order {order_number} has already been billed for its whole period; its price can no longer be changed.</source>
            <translation>Order {order_number} har redan fakturerats för hela sin period; dess pris kan inte längre ändras.</translation>
        </message>
        <message>
            <source>Order {order_number} has already been billed; it cannot be cancelled. Cut off the paid order or credit its invoice instead.</source>
            <translation>Order {order_number} har redan fakturerats; den kan inte annulleras. Avbryt den betalda ordern eller kreditera dess faktura i stället.</translation>
        </message>
        <message>
            <source>Fetching billing requests up to {until} is more than 13 months ahead of {today} and would create {count} billing requests for good. Check the date, or confirm to fetch so far ahead.</source>
            <translation>Att hämta faktureringsbegäranden fram till {until} är mer än 13 månader efter {today} och skulle skapa {count} faktureringsbegäranden för gott. Kontrollera datumet eller bekräfta en så lång hämtning.</translation>
        </message>
        <message>
            <source>The database {path} is read-only: Reskontra cannot save anything in it. Nothing was changed. Ask for write access to the file or open a copy of it.</source>
            <translation>Databasen {path} är skrivskyddad: Reskontra kan inte spara något i den. Ingenting ändrades. Be om skrivrätt till filen eller öppna en kopia av den.</translation>
        </message>
        <message>
            <source>Reskontra cannot write in the folder {folder} (a read-only folder or file system), and an SQLite database needs its folder writable. Nothing was changed. Move the database to a writable folder.</source>
            <translation>Reskontra kan inte skriva i mappen {folder} (en skrivskyddad mapp eller ett skrivskyddat filsystem), och en SQLite-databas behöver en skrivbar mapp. Ingenting ändrades. Flytta databasen till en skrivbar mapp.</translation>
        </message>
        <message>
            <source>The disk of the database is full. Nothing was saved; free some disk space and try again.</source>
            <translation>Databasens disk är full. Ingenting sparades; frigör diskutrymme och försök igen.</translation>
        </message>
        <message>
            <source>The database {where} already holds tables of another application (for example {table}) and no Reskontra schema. Nothing was changed; choose an empty database or a Reskontra database.</source>
            <translation>Databasen {where} innehåller redan tabeller från ett annat program (till exempel {table}) och inget Reskontra-schema. Ingenting ändrades; välj en tom databas eller en Reskontra-databas.</translation>
        </message>
        <message>
            <source>The file {path} is empty (0 bytes), so it is not a Reskontra database. Nothing was changed. To start a new database there, delete the empty file first; otherwise choose the right file.</source>
            <translation>Filen {path} är tom (0 byte), så den är ingen Reskontra-databas. Ingenting ändrades. För att starta en ny databas där, radera först den tomma filen; välj annars rätt fil.</translation>
        </message>
        <message>
            <source>The database driver {driver} is not supported. Use an SQLite file (sqlite:///path/to/file.sqlite) or PostgreSQL with psycopg (postgresql+psycopg://user@host:5432/database).</source>
            <translation>Databasdrivrutinen {driver} stöds inte. Använd en SQLite-fil (sqlite:///sökväg/till/fil.sqlite) eller PostgreSQL med psycopg (postgresql+psycopg://användare@server:5432/databas).</translation>
        </message>
        <message>
            <source>The database took too long to answer, so the action was stopped. Nothing was changed.</source>
            <translation>Databasen svarade för långsamt, så åtgärden avbröts. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>A value is longer than the database allows. Nothing was saved; shorten it and try again.</source>
            <translation>Ett värde är längre än databasen tillåter. Ingenting sparades; korta av det och försök igen.</translation>
        </message>
        <message>
            <source>Reskontra ran into an unexpected error and stopped; nothing half-done was saved. The details were written to {path}.</source>
            <translation>Reskontra råkade ut för ett oväntat fel och avbröt; ingenting halvfärdigt sparades. Detaljerna skrevs till {path}.</translation>
        </message>
        <message>
            <source>Reskontra ran into an unexpected error and stopped; nothing half-done was saved. The details could not be written to a log file ({path}).</source>
            <translation>Reskontra råkade ut för ett oväntat fel och avbröt; ingenting halvfärdigt sparades. Detaljerna kunde inte skrivas till en loggfil ({path}).</translation>
        </message>
        <message>
            <source>Close every period of the fiscal year {year} first; not closed yet: {periods}.</source>
            <translation>Stäng först alla perioder i räkenskapsåret {year}; ännu inte stängda: {periods}.</translation>
        </message>
        <message>
            <source>The year-end close of {year} cannot be undone: nothing can be posted into the year afterwards. To go on, confirm it by giving the year {year}.</source>
            <translation>Bokslutet för {year} kan inte ångras: ingenting kan bokföras på året efteråt. Fortsätt genom att bekräfta året {year}.</translation>
        </message>
        <message>
            <source>The search took too long and was stopped. Search with fewer, longer words or with a number.</source>
            <translation>Sökningen tog för lång tid och avbröts. Sök med färre, längre ord eller med ett nummer.</translation>
        </message>
        <message>
            <source>{key} must be from {low} to {high}; {value} is not.</source>
            <translation>Inställningen {key} måste vara {low}–{high}; {value} duger inte.</translation>
        </message>
        <message>
            <source>{key} must be one of: {choices}; {value} is not.</source>
            <translation>Inställningen {key} måste vara något av: {choices}; {value} duger inte.</translation>
        </message>
        <message>
            <source>{key} cannot be empty.</source>
            <translation>Inställningen {key} kan inte vara tom.</translation>
        </message>
        <message>
            <source>{key} uses the placeholder {name}, which is not known; the text may use {known}.</source>
            <translation>Inställningen {key} använder den okända platshållaren {name}; texten får använda {known}.</translation>
        </message>
        <message>
            <source>{value} is not a valid Finnish VAT number (FI and the 8 digits of the business ID, e.g. FI15728600).</source>
            <translation>{value} är inte ett giltigt finskt momsnummer (FI och FO-numrets 8 siffror, t.ex. FI15728600).</translation>
        </message>
        <message>
            <source>{value} is not a server name (e.g. smtp.example.fi) or an IP address.</source>
            <translation>{value} är inte ett servernamn (t.ex. smtp.example.fi) eller en IP-adress.</translation>
        </message>
        <message>
            <source>A user name has 1 to {max} printable characters; this one has {length}.</source>
            <translation>Ett användarnamn har 1–{max} skrivbara tecken; detta har {length}.</translation>
        </message>
        <message>
            <source>{file} cannot be imported: entry {entry} is for {entry_amount}, but its payments add up to {payments_total}. Nothing was imported; ask the bank for a corrected file.</source>
            <translation>{file} kan inte importeras: posten {entry} är på {entry_amount}, men dess betalningar blir sammanlagt {payments_total}. Inget importerades; be banken om en rättad fil.</translation>
        </message>
        <message>
            <source>{file} is for the bank account {account}, not the company's bank account {expected}. Nothing was imported.</source>
            <translation>{file} gäller bankkontot {account}, inte företagets bankkonto {expected}. Inget importerades.</translation>
        </message>
        <message>
            <source>Payment {payment} is not held as possibly imported already.</source>
            <translation>Betalning {payment} hålls inte som möjligen redan importerad.</translation>
        </message>
        <message>
            <source>Payment {payment} is not a bank return waiting for its original payment.</source>
            <translation>Betalning {payment} är inte en bankretur som väntar på sin ursprungliga betalning.</translation>
        </message>
        <message>
            <source>Payment {payment} cannot be taken back by return {bank_ref}: it is for {amount} and the return for {returned}, or it was already reversed, turned into credit balance or refunded.</source>
            <translation>Returen {bank_ref} kan inte ta tillbaka betalning {payment}: betalningen är på {amount} och returen på {returned}, eller så har den redan återförts, förts till saldo eller återbetalats.</translation>
        </message>
        <message>
            <source>Possibly imported already: payment {payment} has the same amount, reference, date and payer, and the bank gave no archive id to tell them apart. Accept it as a payment or discard it as a duplicate.</source>
            <translation>Möjligen redan importerad: betalning {payment} har samma belopp, referens, datum och betalare, och banken gav inget arkiveringsnummer som skiljer dem åt. Godkänn den som betalning eller förkasta den som dubblett.</translation>
        </message>
        <message>
            <source>Discarded as a duplicate of payment {payment}.</source>
            <translation>Förkastad som dubblett av betalning {payment}.</translation>
        </message>
        <message>
            <source>Return {bank_ref} of {amount} (reference {reference}, payer {payer}) does not say which payment it takes back; it may be payment {payments}. Apply it to the right one.</source>
            <translation>Returen {bank_ref} på {amount} (referens {reference}, betalare {payer}) anger inte vilken betalning den tar tillbaka; det kan vara betalning {payments}. Tillämpa den på rätt betalning.</translation>
        </message>
        <message>
            <source>Delivery unknown: the sending stopped while this email was being sent; check and resend or mark sent</source>
            <translation>Okänd leverans: sändningen avbröts medan detta e-postmeddelande skickades; kontrollera och skicka igen eller markera som skickat</translation>
        </message>
        <message>
            <source>The sending was interrupted (the program stopped); send it again</source>
            <translation>Sändningen avbröts (programmet stannade); skicka igen</translation>
        </message>
        <message>
            <source>Invoice {number} is not waiting for a check of its delivery on this channel; nothing was marked.</source>
            <translation>Faktura {number} väntar inte på en kontroll av sin leverans i denna kanal; inget markerades.</translation>
        </message>
        <message>
            <source>Order {order_number} is active: its billing requests are billed as usual. Change its price or cancel the order instead.</source>
            <translation>Order {order_number} är aktiv: dess faktureringsbegäranden faktureras som vanligt. Ändra dess pris eller annullera ordern i stället.</translation>
        </message>
        <message>
            <source>Order {order_number} has no billing requests waiting.</source>
            <translation>Order {order_number} har inga väntande faktureringsbegäranden.</translation>
        </message>
        <message>
            <source>Enter the reference rate as a percentage, for example 2,25; "{text}" is not one.</source>
            <translation>Ange referensräntan i procent, till exempel 2,25; "{text}" duger inte.</translation>
        </message>
        <message>
            <source>The reference rate of {start}–{end} is {rate}: late-payment interest {consumers} for consumers, {businesses} between businesses.</source>
            <translation>Referensräntan för {start}–{end} är {rate}: dröjsmålsränta {consumers} för konsumenter, {businesses} mellan företag.</translation>
        </message>
        <message>
            <source>Reminder #1 {number} has not been sent yet; #2 counts from its due date once it has gone out.</source>
            <translation>Betalningspåminnelse #1 {number} har inte skickats ännu; #2 räknas från dess förfallodag först när den har skickats.</translation>
        </message>
        <message>
            <source>Type an amount in euros, for example 1234,50.</source>
            <translation>Skriv ett belopp i euro, till exempel 1234,50.</translation>
        </message>
        <message>
            <source>{text} is not an amount in euros; write it for example as 1234,50.</source>
            <translation>{text} är inte ett belopp i euro; skriv det till exempel som 1234,50.</translation>
        </message>
        <message>
            <source>{text} has more than two decimals; an amount has at most two (cents), for example 12,35.</source>
            <translation>{text} har fler än två decimaler; ett belopp har högst två (cent), till exempel 12,35.</translation>
        </message>
        <message>
            <source>{text} has both a comma and a point, so it is not clear which one separates the cents; write it without a thousands separator, for example 1234,50.</source>
            <translation>{text} har både kommatecken och punkt, så det är oklart vilket som skiljer av centen; skriv det utan tusentalsavgränsare, till exempel 1234,50.</translation>
        </message>
        <message>
            <source>{text} is negative; give an amount of zero or more.</source>
            <translation>{text} är negativt; ange noll eller mer.</translation>
        </message>
        <message>
            <source>{text} is too large; an amount can be at most {maximum}.</source>
            <translation>{text} är för stort; ett belopp kan vara högst {maximum}.</translation>
        </message>
    </context>
    <context>
        <name>file_names</name>
        <message>
            <source>reskontra</source>
            <translation>reskontra</translation>
        </message>
        <message>
            <source>orders</source>
            <translation>beställningar</translation>
        </message>
        <message>
            <source>invoices</source>
            <translation>fakturor</translation>
        </message>
        <message>
            <source>invoice</source>
            <translation type="vanished">faktura</translation>
        </message>
        <message>
            <source>payments</source>
            <translation>betalningar</translation>
        </message>
        <message>
            <source>postings</source>
            <translation>konteringar</translation>
        </message>
        <message>
            <source>credit_balance</source>
            <translation>saldo</translation>
        </message>
        <message>
            <source>change_log</source>
            <translation>ändringslogg</translation>
        </message>
        <message>
            <source>customers</source>
            <translation>kunder</translation>
        </message>
        <message>
            <source>billing_requests</source>
            <translation>faktureringsbegäranden</translation>
        </message>
        <message>
            <source>billing_by_channel</source>
            <translation>fakturering_per_kanal</translation>
        </message>
        <message>
            <source>billing_by_product</source>
            <translation>fakturering_per_produkt</translation>
        </message>
        <message>
            <source>billing_by_vat_rate</source>
            <translation>fakturering_per_momssats</translation>
        </message>
        <message>
            <source>billing_invoices</source>
            <translation>fakturerade_fakturor</translation>
        </message>
        <message>
            <source>billing_skipped</source>
            <translation>fakturering_överhoppade</translation>
        </message>
        <message>
            <source>billing_run</source>
            <translation>faktureringskörning</translation>
        </message>
        <message>
            <source>billing_run_preview</source>
            <translation>faktureringskörning_förhandsvisning</translation>
        </message>
        <message>
            <source>reminder_candidates</source>
            <translation>att_påminna</translation>
        </message>
        <message>
            <source>not_eligible_for_reminders</source>
            <translation>inte_att_påminna</translation>
        </message>
        <message>
            <source>collection_candidates</source>
            <translation>till_indrivning</translation>
        </message>
        <message>
            <source>collection</source>
            <translation>indrivning</translation>
        </message>
        <message>
            <source>order_invoices</source>
            <translation>beställningens_fakturor</translation>
        </message>
        <message>
            <source>unsent_invoices</source>
            <translation>osända_fakturor</translation>
        </message>
        <message>
            <source>sending_batch</source>
            <translation>sändningsparti</translation>
        </message>
        <message>
            <source>preview</source>
            <translation>förhandsvisning</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>clerk</source>
            <translation>handläggare</translation>
        </message>
        <message>
            <source>accountant</source>
            <translation>bokförare</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Företag</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>E-invoice</source>
            <translation>E-faktura</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papper</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Prenumeration</translation>
        </message>
        <message>
            <source>Advertisement</source>
            <translation>Annons</translation>
        </message>
        <message>
            <source>Single sale</source>
            <translation>Engångsförsäljning</translation>
        </message>
        <message>
            <source>One-off</source>
            <translation>Engångs</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Månatligen</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>Kvartalsvis</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>Årligen</translation>
        </message>
        <message>
            <source>Invoicing</source>
            <translation>Fakturering</translation>
        </message>
        <message>
            <source>Cash desk</source>
            <translation>Kassa</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Faktura</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Kontant</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Kort</translation>
        </message>
        <message>
            <source>PayPal</source>
            <translation>PayPal</translation>
        </message>
        <message>
            <source>Google Pay</source>
            <translation>Google Pay</translation>
        </message>
        <message>
            <source>Apple Pay</source>
            <translation>Apple Pay</translation>
        </message>
        <message>
            <source>EasyPay</source>
            <translation>EasyPay</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annullerad</translation>
        </message>
        <message>
            <source>Cut off</source>
            <translation>Avbruten</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Avslutad</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>Återbetald</translation>
        </message>
        <message>
            <source>Ad invoice</source>
            <translation>Annonsfaktura</translation>
        </message>
        <message>
            <source>Payment reminder</source>
            <translation>Betalningspåminnelse</translation>
        </message>
        <message>
            <source>Refund invoice</source>
            <translation>Återbetalningsfaktura</translation>
        </message>
        <message>
            <source>Credit note</source>
            <translation>Kreditnota</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppen</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Betald</translation>
        </message>
        <message>
            <source>Credited</source>
            <translation>Krediterad</translation>
        </message>
        <message>
            <source>In collection</source>
            <translation>Hos inkasso</translation>
        </message>
        <message>
            <source>Paid out</source>
            <translation>Utbetald</translation>
        </message>
        <message>
            <source>Bank file</source>
            <translation>Bankfil</translation>
        </message>
        <message>
            <source>Entered by hand</source>
            <translation>Manuellt inmatad</translation>
        </message>
        <message>
            <source>Matched</source>
            <translation>Avprickad</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>Delbetalning</translation>
        </message>
        <message>
            <source>Overpaid</source>
            <translation>Överbetalning</translation>
        </message>
        <message>
            <source>Unmatched</source>
            <translation>Oavprickad</translation>
        </message>
        <message>
            <source>To credit balance</source>
            <translation>Överförd till saldo</translation>
        </message>
        <message>
            <source>Reversed</source>
            <translation>Återförd</translation>
        </message>
        <message>
            <source>Possibly imported already</source>
            <translation>Möjligen redan importerad</translation>
        </message>
        <message>
            <source>Discarded as a duplicate</source>
            <translation>Förkastad som dubblett</translation>
        </message>
        <message>
            <source>Return waits</source>
            <translation>Retur väntar</translation>
        </message>
        <message>
            <source>Reminder fee</source>
            <translation>Påminnelseavgift</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Betalning</translation>
        </message>
        <message>
            <source>Credit balance applied</source>
            <translation>Saldo använt</translation>
        </message>
        <message>
            <source>Cut-off to credit balance</source>
            <translation>Avbrott till saldo</translation>
        </message>
        <message>
            <source>Cut-off with refund invoice</source>
            <translation>Avbrott med återbetalningsfaktura</translation>
        </message>
        <message>
            <source>Refund paid out</source>
            <translation>Återbetalning utbetald</translation>
        </message>
        <message>
            <source>Reimbursement</source>
            <translation>Gottgörelse</translation>
        </message>
        <message>
            <source>Reversal</source>
            <translation>Återföring</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>Försäljning</translation>
        </message>
        <message>
            <source>Sale refunded</source>
            <translation>Försäljning återbetald</translation>
        </message>
        <message>
            <source>Revenue recognition</source>
            <translation>Intäktsföring</translation>
        </message>
        <message>
            <source>Manual voucher</source>
            <translation>Memorialverifikat</translation>
        </message>
        <message>
            <source>Finnish</source>
            <translation>finska</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>svenska</translation>
        </message>
        <message>
            <source>English</source>
            <translation>engelska</translation>
        </message>
        <message>
            <source>Bulgarian</source>
            <translation>bulgariska</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Reskontra</source>
            <translation>Reskontra</translation>
        </message>
    </context>
    <context>
        <name>order_actions</name>
        <message>
            <source>Cut off paid order</source>
            <translation>Avbryt betald beställning</translation>
        </message>
        <message>
            <source>Cancel the sale</source>
            <translation>Annullera försäljningen</translation>
        </message>
        <message>
            <source>Refund the sale</source>
            <translation>Återbetala försäljningen</translation>
        </message>
        <message>
            <source>Bill the next period</source>
            <translation>Fakturera nästa period</translation>
        </message>
        <message>
            <source>End the order</source>
            <translation>Avsluta beställningen</translation>
        </message>
        <message>
            <source>Credit an invoice</source>
            <translation>Kreditera en faktura</translation>
        </message>
        <message>
            <source>Change the price</source>
            <translation>Ändra priset</translation>
        </message>
        <message>
            <source>Cancel the order</source>
            <translation>Annullera ordern</translation>
        </message>
        <message>
            <source>Take its billing requests off the list</source>
            <translation>Ta bort dess faktureringsbegäranden från listan</translation>
        </message>
    </context>
    <context>
        <name>tasks</name>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Arbetar…</translation>
        </message>
        <message>
            <source>Cancelling… nothing half-done will be saved.</source>
            <translation>Avbryter… inget halvfärdigt sparas.</translation>
        </message>
    </context>
</TS>
